"""Loads creator blocked-term lists for live chat.

Older channels still have lists stored in the pre-2022 format, which was the
Python repr of a list of strings; newer ones are JSON.
"""
from __future__ import annotations

import ast
import json
import re

MAX_TERMS = 500


def parse_terms(raw: str) -> list[str]:
    raw = raw.strip()
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = ast.literal_eval(raw)
    if not isinstance(value, (list, tuple)):
        raise ValueError("blocked terms must be a list")
    terms = [str(t).strip().lower() for t in value if str(t).strip()]
    return terms[:MAX_TERMS]


def compile_filter(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    alternation = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def is_blocked(message: str, pattern: re.Pattern[str] | None) -> bool:
    return bool(pattern and pattern.search(message))
