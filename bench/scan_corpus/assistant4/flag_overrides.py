"""Parse feature-flag overrides entered on the internal settings page.

Operators type Python-style literals ("True", "0.25", "['eu-west-1', 'us-east-1']")
so values keep their type when they are stored.
"""
import ast
from typing import Any

ALLOWED_TYPES = (bool, int, float, str, list, tuple)


class OverrideError(ValueError):
    pass


def parse_override(raw: str) -> Any:
    text = raw.strip()
    if len(text) > 2000:
        raise OverrideError("override value too long")
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError) as exc:
        raise OverrideError(f"not a literal: {text!r}") from exc
    if not isinstance(value, ALLOWED_TYPES):
        raise OverrideError(f"unsupported type {type(value).__name__}")
    return value


def parse_overrides(form: dict[str, str]) -> dict[str, Any]:
    return {
        key.removeprefix("flag_"): parse_override(value)
        for key, value in form.items()
        if key.startswith("flag_") and value.strip()
    }
