"""Parsing of list-valued query parameters (API-415).

Older SDKs send list filters as Python-style literals, for example
``?ids=[12, 15, 19]`` or ``?tags=('red', 'blue')``, while newer ones send
``?ids=12,15,19``. Both forms are accepted here.
"""
from __future__ import annotations

import ast
from typing import TypeVar

T = TypeVar("T", int, str)

MAX_RAW_LENGTH = 2_000
MAX_ITEMS = 200


class ListParamError(ValueError):
    """Raised when a list parameter cannot be interpreted."""


def parse_list_param(raw: str | None, item_type: type[T]) -> list[T]:
    """Turn ``raw`` into a list of ``item_type`` values.

    Literal syntax is handled with :func:`ast.literal_eval`, which only
    accepts Python literals (no names, calls or attribute access).
    """
    if raw is None or not raw.strip():
        return []
    if len(raw) > MAX_RAW_LENGTH:
        raise ListParamError("List parameter is too long")

    text = raw.strip()
    if text[0] in "[(":
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError) as exc:
            raise ListParamError(f"Invalid list literal: {raw!r}") from exc
        if not isinstance(value, (list, tuple)):
            raise ListParamError("Expected a list or tuple literal")
        items = list(value)
    else:
        items = [part.strip() for part in text.split(",") if part.strip()]

    if len(items) > MAX_ITEMS:
        raise ListParamError(f"At most {MAX_ITEMS} values are allowed")
    try:
        return [item_type(item) for item in items]
    except (TypeError, ValueError) as exc:
        raise ListParamError(f"Values must be of type {item_type.__name__}") from exc
