"""Parse the legacy `filters` query parameter used by the v1 list endpoints."""
import ast

from flask import request

ALLOWED_KEYS = {"status", "region", "min_total", "tags"}


def parse_filters() -> dict:
    raw = request.args.get("filters", "{}")
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return {}
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if k in ALLOWED_KEYS}
