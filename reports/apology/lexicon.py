"""The apology check's word lists, one TOML file per language under resources/apology/."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from data.l10n import language_of
from data.paths import resource_path

# Lewicki, Polin & Lount (2016), in the order of importance they found.
COMPONENTS = ("responsibility", "repair", "regret", "explanation", "repentance", "forgiveness")
PATTERNS = ("conditional", "hedge", "feelings", "feelings_soft", "adversative", "adversative_not",
            "passive", "third_party", "denial",
            "customer_blame", "minimising", "admission", "negation", "after_negation",
            "collisions", "clause_break")
REPAIR_KINDS = ("refund", "credit", "replacement", "discount", "gift", "other")
MESSAGE_CODES = ("no_apology", "no_responsibility", "conditional", "feelings", "deflection",
                 "passive", "third_party", "blame", "minimising", "remedy", "no_change",
                 "admission", "no_sender", "no_signature")


@dataclass(frozen=True)
class Message:
    title: str
    why: str
    better: str


@dataclass(frozen=True)
class Lexicon:
    """Everything the check matches in one language, compiled."""
    language: str
    components: dict[str, re.Pattern]
    patterns: dict[str, re.Pattern]
    repair_kinds: dict[str, re.Pattern]
    messages: dict[str, Message]
    better_label: str


class LexiconError(ValueError):
    """A word list under resources/apology/ is missing a part or holds a broken pattern."""


def _compile(patterns: list[str], where: str) -> re.Pattern:
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: {exc}") from None


@cache
def lexicon(language: str) -> Lexicon:
    """The compiled word lists for `language` (a locale works too; unknown -> English)."""
    language = language_of(language)
    path = resource_path("apology", f"{language}.toml")
    with open(path, "rb") as f:
        raw = tomllib.load(f)

    def section(name: str, keys: tuple[str, ...]) -> dict[str, re.Pattern]:
        table = raw.get(name, {})
        missing = [k for k in keys if k not in table]
        if missing:
            raise LexiconError(f"{path}: [{name}] lacks {', '.join(missing)}")
        return {k: _compile(table[k], f"{path} [{name}] {k}") for k in keys}

    messages = raw.get("messages", {})
    missing = [c for c in MESSAGE_CODES if c not in messages]
    if missing:
        raise LexiconError(f"{path}: [messages] lacks {', '.join(missing)}")
    return Lexicon(
        language=language,
        components=section("components", COMPONENTS),
        patterns=section("patterns", PATTERNS),
        repair_kinds=section("repair_kinds", REPAIR_KINDS),
        messages={c: Message(**messages[c]) for c in MESSAGE_CODES},
        better_label=raw.get("labels", {}).get("better", "Better"))
