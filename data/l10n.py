"""The business locale: which one is set, and reading numbers and dates written in it.

Import files come from spreadsheets saved in the owner's language: `7,20` and
`03.10.2026 14:05` in Germany, `10/3/2026 2:05 PM` in the United States. Everything here
rests on Babel's CLDR data (number symbols, date and time patterns, month names), so no
rule for any one country is written by hand. A value is read in the locale *and* in the
language-neutral form Goodwill writes (`7.20`, ISO 8601); when the two readings disagree,
the value is refused as ambiguous rather than guessed, so an amount never changes its
magnitude silently.

Babel is imported inside the functions: the window's first paint needs none of it.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from data.errors import Invalid

DEFAULT_LOCALE = "en_US"

# What a number cell may contain at all: digits, a sign, and the separators some locale
# uses (period, comma, apostrophes, spaces). Exponents, letters and such are refused.
_NUMBER_CHARS = re.compile(r"[+-]?[0-9][0-9.,'\u2019\u00a0\u202f ]*")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")
_SPACES = (" ", "\u00a0", "\u202f")
_APOSTROPHES = ("'", "\u2019")


def system_locale() -> str:
    """This computer's locale as Babel names it (`de_DE`), or en_US when it has none."""
    # Babel loads on first use: its locale data would slow every start.
    from babel import Locale, UnknownLocaleError, default_locale

    candidates = [default_locale()]
    try:  # Windows has no LANG; the C library still knows the user's locale there.
        # On first use: only a computer without LANG needs the C library's locale.
        import locale as _locale
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            candidates.append(_locale.getdefaultlocale()[0])
    except (ValueError, AttributeError):
        pass
    for name in candidates:
        if not name or name.startswith(("C", "POSIX", "en_US_POSIX")):
            continue
        try:
            return str(Locale.parse(name.split(".")[0].replace("-", "_")))
        except (ValueError, UnknownLocaleError):
            continue
    return DEFAULT_LOCALE


# Where US Letter is the paper in the shops (ISO 216 A4 everywhere else).
LETTER_TERRITORIES = frozenset(
    ("US", "CA", "MX", "PR", "PH", "CL", "CO", "CR", "DO", "GT", "NI", "PA", "SV", "VE"))


def regional_defaults(locale_name: str) -> tuple[str, str]:
    """(currency, paper) that go with a locale: de_DE -> EUR, a4; en_US -> USD, letter;
    en_GB -> GBP, a4. A locale without a territory (plain `de`) gives EUR and A4."""
    # Babel loads on first use: its locale data would slow every start.
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_territory_currencies

    try:
        territory = Locale.parse(locale_name).territory or ""
    except (ValueError, UnknownLocaleError):
        territory = ""
    currencies = get_territory_currencies(territory, tender=True) if territory else []
    return (currencies[0] if currencies else "EUR",
            "letter" if territory in LETTER_TERRITORIES else "a4")


# Offered first in the profile dialog; any other locale Babel knows can be typed.
COMMON_LOCALES = (
    "de_DE", "de_AT", "de_CH", "en_GB", "en_IE", "en_US", "en_CA", "en_AU", "es_ES", "es_MX",
    "fr_FR", "fr_BE", "fr_CH", "fr_CA", "it_IT", "it_CH", "nl_NL", "nl_BE", "pt_PT", "pt_BR",
)


def locale_choices(current: str = "") -> list[tuple[str, str]]:
    """(code, `code - name in its own language`) for the profile dialog's list."""
    codes = list(COMMON_LOCALES)
    if current and current not in codes:
        codes.insert(0, current)
    out = []
    for code in codes:
        try:
            name = _locale(code).get_display_name(code) or code
        except (ValueError, LookupError):
            continue
        out.append((code, f"{code} - {name}"))
    return out


def clean_locale(value) -> str:
    """`de-de`, `de_DE.UTF-8` or `de_DE` -> `de_DE`; ValueError for what Babel does not know."""
    # Babel loads on first use: its locale data would slow every start.
    from babel import Locale, UnknownLocaleError

    text = str(value or "").strip().split(".")[0].replace("-", "_")
    if not text:
        raise Invalid("is empty (give a locale such as de_DE, fr_FR, en_GB or en_US)")
    try:
        return str(Locale.parse(text))
    except (ValueError, UnknownLocaleError, TypeError):
        raise Invalid(f"'{value}' is not a locale Babel knows (for example de_DE, fr_FR, "
                         "en_GB, en_US)") from None


@lru_cache(maxsize=32)
def _locale(name: str):
    # Babel loads on first use: its locale data would slow every start.
    from babel import Locale

    return Locale.parse(name or DEFAULT_LOCALE)


@lru_cache(maxsize=32)
def _symbols(name: str) -> tuple[str, str]:
    # Babel loads on first use: its locale data would slow every start.
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return get_decimal_symbol(name), get_group_symbol(name)


def number_example(name: str) -> str:
    """How the locale writes one thousand two hundred and thirty-four and a half."""
    # Babel loads on first use: its locale data would slow every start.
    from babel.numbers import format_decimal

    return format_decimal(Decimal("1234.50"), format="#,##0.00", locale=name)


def parse_number(text: str, name: str) -> Decimal:
    """A number as the locale writes it (`1.234,50` in de_DE) or in plain form (`1234.50`).

    Babel's strict parser checks the grouping, so `7.20` is not 720 in de_DE. Where the
    locale and the plain reading both succeed with different values (`1.250` in de_DE:
    1250 or 1.25), the number is ambiguous and refused.
    """
    # Babel loads on first use: its locale data would slow every start.
    from babel.numbers import NumberFormatError, parse_decimal

    raw = text
    text = text.strip()
    decimal_sign, group = _symbols(name)
    # People type an ordinary space where CLDR has a no-break one (fr_FR), and either
    # apostrophe for the Swiss one.
    for alike in (_SPACES, _APOSTROPHES):
        if group in alike or (alike is _SPACES and group.isspace()):
            for mark in alike:
                text = text.replace(mark, group)
    if not _NUMBER_CHARS.fullmatch(text):
        raise Invalid(f"'{raw}' is not a number")
    local = plain = None
    try:
        local = parse_decimal(text, locale=_locale(name), strict=True)
    except (NumberFormatError, InvalidOperation, ValueError):
        pass
    if _PLAIN_NUMBER.fullmatch(text):
        plain = Decimal(text)
    if local is None and plain is None:
        raise Invalid(f"'{raw}' is not a number as {name} writes it (for example "
                         f"{number_example(name)}, or 1234.50)")
    if local is not None and plain is not None and local != plain:
        # Babel loads on first use: its locale data would slow every start.
        from babel.numbers import format_decimal

        raise Invalid(f"'{raw}' is ambiguous: {local.normalize():f} as {name} writes "
                         f"numbers, or {plain.normalize():f} written plainly; write the "
                         f"decimals to say which "
                         f"({format_decimal(local, format='#,##0.00', locale=name)} or "
                         f"{plain.quantize(Decimal('0.01')) if plain == plain.quantize(Decimal('0.01')) else plain})")
    return local if local is not None else plain


def strip_currency(text: str, currency: str, name: str) -> str:
    """`7,20 €` -> `7,20` when € is the profile's currency; ValueError for another one."""
    text = text.strip()
    if not text:
        return text
    if currency:
        # Babel loads on first use: its locale data would slow every start.
        from babel.numbers import get_currency_symbol

        for mark in sorted({get_currency_symbol(currency, locale=name), currency}, key=len,
                           reverse=True):
            if text.startswith(mark):
                text = text[len(mark):].strip()
                break
            if text.endswith(mark):
                text = text[: -len(mark)].strip()
                break
    if any(unicodedata.category(ch) == "Sc" for ch in text) or re.search(r"[A-Z]{3}", text):
        raise Invalid(f"'{text}' is not an amount in the profile's currency "
                         f"({currency or 'none set'})")
    return text


# ---- dates -------------------------------------------------------------------------------

@lru_cache(maxsize=32)
def _month_numbers(name: str) -> dict[str, int]:
    """Month names and abbreviations of the locale (lower case, no final '.') -> 1..12."""
    loc = _locale(name)
    names = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, label in loc.months.get(context, {}).get(width, {}).items():
                names.setdefault(label.lower().rstrip("."), number)
    return names


def _chars(text: str) -> str:
    out = []
    for ch in text:
        if ch.isspace():
            out.append(r"\s*")
        elif ch == ",":
            out.append(r",?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


# What each CLDR pattern letter matches (M and L, the month, depend on their width).
_HOUR = r"(?P<H>\d{1,2})"
_FIELDS = {
    "d": r"(?P<d>\d{1,2})", "y": r"(?P<y>\d{2}|\d{4})", "H": _HOUR, "h": _HOUR, "K": _HOUR,
    "k": _HOUR, "m": r"(?P<m>\d{2})", "s": r"(?P<s>\d{2})", "a": r"(?P<a>[^\W\d_][^\s\d]*)",
    "b": r"(?P<a>[^\W\d_][^\s\d]*)", "E": r"(?:[^\W\d_]+\.?)",
}


def _pattern_regex(pattern: str) -> str:
    """A CLDR date or time pattern (`dd.MM.y`, `h:mm a`) as a regular expression."""
    # Babel loads on first use: its locale data would slow every start.
    from babel.dates import tokenize_pattern

    out = []
    for kind, value in tokenize_pattern(pattern):
        if kind == "chars":
            out.append(_chars(value))
            continue
        field, width = value
        if field in "ML":
            out.append(r"(?P<M>\d{1,2})" if width <= 2 else r"(?P<Mname>[^\W\d_]+\.?)")
        elif field in _FIELDS:
            out.append(_FIELDS[field])
        else:
            return ""  # a pattern with eras or weeks: not one a spreadsheet writes
    return "".join(out)


@lru_cache(maxsize=32)
def _date_regexes(name: str) -> list[re.Pattern]:
    loc = _locale(name)
    dates = {_pattern_regex(loc.date_formats[w].pattern) for w in ("short", "medium", "long")}
    times = {_pattern_regex(loc.time_formats[w].pattern) for w in ("short", "medium")}
    # Spreadsheets write 24-hour times in every locale (`10/3/2026 14:05` in en_US).
    times |= {r"(?P<H>\d{1,2}):(?P<m>\d{2})", r"(?P<H>\d{1,2}):(?P<m>\d{2}):(?P<s>\d{2})"}
    dates.discard("")
    times.discard("")
    out = []
    for d in sorted(dates, key=len, reverse=True):
        out.append(re.compile(d + r"\Z", re.IGNORECASE))
        for t in sorted(times, key=len, reverse=True):
            out.append(re.compile(d + r"(?:\s*,?\s*|T|\s+[^\W\d_]+\s+)" + t + r"\Z", re.IGNORECASE))
    return out


def date_example(name: str) -> str:
    # Babel loads on first use: its locale data would slow every start.
    from babel.dates import format_date, format_time

    return (format_date(date(2026, 10, 3), "medium", locale=name) + " "
            + format_time(time(14, 5), "short", locale=name))


def parse_local_datetime(text: str, name: str) -> datetime | None:
    """`03.10.2026 14:05` in de_DE -> a naive datetime; None when no pattern of the locale
    fits; ValueError when one fits but the value is no real date or is ambiguous."""
    text = text.strip()
    loc = _locale(name)
    for regex in _date_regexes(name):
        m = regex.match(text)
        if not m:
            continue
        parts = m.groupdict()
        if parts.get("Mname"):
            month = _month_numbers(name).get(parts["Mname"].lower().rstrip("."))
            if month is None:
                continue
        else:
            month = int(parts["M"])
        if len(parts["y"]) == 2:
            raise Invalid(f"'{text}' has a two-digit year; write the year in full "
                             f"({date_example(name)})")
        hour = int(parts.get("H") or 0)
        period = (parts.get("a") or "").lower().replace(".", "")
        if period:
            periods = {v.lower().replace(".", ""): k
                       for width in ("abbreviated", "wide", "narrow")
                       for k, v in loc.day_periods.get("format", {}).get(width, {}).items()
                       if k in ("am", "pm")}
            periods.update({"am": "am", "pm": "pm"})
            which = periods.get(period)
            if which is None or not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if which == "pm" else 0)
        try:
            return datetime(int(parts["y"]), month, int(parts["d"]), hour,
                            int(parts.get("m") or 0), int(parts.get("s") or 0))
        except ValueError:
            raise Invalid(f"'{text}' is not a real date or time (read as day "
                             f"{parts['d']}, month {month}, year {parts['y']} in {name})") from None
    return None


# ---- formatting: what letters and reports print -------------------------------------------
#
# Everything the PDFs show as a number, an amount or a date goes through these, so the
# locale's CLDR conventions apply everywhere (`1.950,00 €`, `3. September 2026`).

# The languages Goodwill's documents are written in; any other falls back to English.
DOCUMENT_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")
# The locale a language's letter uses when the business locale is in another language
# (a French letter from a German shop writes French dates and French number formats).
_HOME_LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT",
                 "nl": "nl_NL", "pt": "pt_PT"}


def language_of(name: str) -> str:
    """`de_AT` -> `de`; a language with no documents, or no locale at all, -> `en`."""
    code = str(name or "").strip().replace("-", "_").split("_")[0].lower()
    return code if code in DOCUMENT_LANGUAGES else "en"


def locale_name(code: str) -> str:
    """A language or locale named in itself: `Deutsch`, `français`, `English (United Kingdom)`."""
    try:
        return _locale(code).get_display_name(code) or code
    except (ValueError, LookupError):
        return code


def document_locale(language: str, business_locale: str) -> str:
    """The locale a document in `language` is formatted in: the business locale when it is
    in that language (a Swiss shop's German letter keeps de_CH), else the language's home."""
    language = language_of(language)
    if language_of(business_locale) == language and business_locale:
        return business_locale
    return _HOME_LOCALES[language]


def format_money(amount, currency: str, name: str) -> str:
    """`1.950,00 €` in de_DE, `1 950,00 €` in fr_FR, `£7.50` in en_GB."""
    # Babel loads on first use: its locale data would slow every start.
    from babel.numbers import format_currency

    return format_currency(Decimal(str(amount)), currency or "EUR", locale=name or DEFAULT_LOCALE)


def format_number(value, name: str, decimals: int = 0) -> str:
    """`1.234` or `12,5` in de_DE: grouping and decimal sign of the locale."""
    # Babel loads on first use: its locale data would slow every start.
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(Decimal(str(value)), format=pattern, locale=name or DEFAULT_LOCALE)


def format_percent(value, name: str, decimals: int = 1) -> str:
    """A percentage given as 0-100: `87,5 %` in de_DE, `87.5%` in en_GB."""
    # Babel loads on first use: its locale data would slow every start.
    from babel.numbers import format_percent as _format_percent

    pattern = None
    loc = _locale(name or DEFAULT_LOCALE)
    base = loc.percent_formats[None].pattern
    if decimals:
        pattern = base.replace("0", "0." + "0" * decimals, 1) if "." not in base else base
    return _format_percent(Decimal(str(value)) / 100, format=pattern or base,
                           locale=name or DEFAULT_LOCALE)


def format_long_date(value: date | datetime, name: str) -> str:
    """`3. September 2026` in de_DE, `3 septembre 2026` in fr_FR, `September 3, 2026` in en_US."""
    # Babel loads on first use: its locale data would slow every start.
    from babel.dates import format_date

    day = value.date() if isinstance(value, datetime) else value
    return format_date(day, "long", locale=name or DEFAULT_LOCALE)


def format_short_date(value: date | datetime, name: str) -> str:
    """The locale's medium date, for tables: `03.09.2026` in de_DE, `3 sept. 2026` in fr_FR."""
    # Babel loads on first use: its locale data would slow every start.
    from babel.dates import format_date

    day = value.date() if isinstance(value, datetime) else value
    return format_date(day, "medium", locale=name or DEFAULT_LOCALE)


def format_short_datetime(value: datetime, name: str) -> str:
    """`03.09.2026, 14:05` in de_DE, `Sep 3, 2026, 2:05 PM` in en_US."""
    # Babel loads on first use: its locale data would slow every start.
    from babel.dates import format_time

    return (format_short_date(value, name) + ", "
            + format_time(value.time(), "short", locale=name or DEFAULT_LOCALE))


def format_month_year(year: int, month: int, name: str) -> str:
    """`September 2026`, `septembre 2026`, `septiembre de 2026`: the stand-alone month name."""
    # Babel loads on first use: its locale data would slow every start.
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", date(year, month, 1), locale=name or DEFAULT_LOCALE)


def plural_is_one(count: int, name: str) -> bool:
    """Whether the locale says `count` with the singular ("1 case", and "0 dossier" in French)."""
    return _locale(name or DEFAULT_LOCALE).plural_form(count) == "one"


def format_month(month: int, name: str) -> str:
    """The stand-alone month name alone: `September`, `septembre`."""
    # Babel loads on first use: its locale data would slow every start.
    from babel.dates import get_month_names

    return get_month_names("wide", context="stand-alone", locale=name or DEFAULT_LOCALE)[month]
