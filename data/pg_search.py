"""Search on the shared log: the same words SQLite's FTS5 finds, as a tsvector and tsquery.

The cases' `search` column (data/pg_schema.py) is folded the way FTS5's tokenizer folds
(case and Latin diacritics; punctuation splits words); the user's words become a tsquery
where every word must appear and the last one is a prefix (`word:*`).
"""
from __future__ import annotations

import unicodedata

PUNCT = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum())


def _fold_table() -> tuple[str, str]:
    """Latin letters with diacritics and their plain forms (FTS5's remove_diacritics)."""
    src, dst = [], []
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            src.append(ch)
            dst.append(base)
    return "".join(src), "".join(dst)


FOLD_FROM, FOLD_TO = _fold_table()
_FOLD = str.maketrans(FOLD_FROM + PUNCT, FOLD_TO + " " * len(PUNCT))


def search_query(text: str) -> str:
    """User words to a tsquery: every word must appear, the last one as a prefix."""
    words = text.translate(_FOLD).lower().split()
    if not words:
        return ""
    quoted = ["'" + w.replace("\\", "\\\\").replace("'", "''") + "'" for w in words]
    quoted[-1] += ":*"
    return " & ".join(quoted)


SEARCH_CLAUSE = "cases.search @@ to_tsquery('simple', :q)"
