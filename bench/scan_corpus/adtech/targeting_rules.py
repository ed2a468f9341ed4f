"""Parse placement targeting overrides entered by publishers.

The yield console historically stored list/dict overrides as Python literal
strings (e.g. "['US', 'CA']" or "{'ctv': 1.5}"). New rows are JSON; both are
accepted when reading.
"""
import ast
import json
from dataclasses import dataclass, field


class TargetingError(ValueError):
    pass


@dataclass
class TargetingOverride:
    countries: list[str] = field(default_factory=list)
    device_multipliers: dict[str, float] = field(default_factory=dict)
    blocked_categories: list[str] = field(default_factory=list)


def _parse_literal(raw: str):
    raw = raw.strip()
    if not raw:
        return None
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        pass
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError) as exc:
        raise TargetingError(f"cannot parse override value: {raw[:60]!r}") from exc


def parse_override(row: dict) -> TargetingOverride:
    countries = _parse_literal(row.get("countries", "")) or []
    multipliers = _parse_literal(row.get("device_multipliers", "")) or {}
    blocked = _parse_literal(row.get("blocked_categories", "")) or []

    if not isinstance(countries, (list, tuple)) or not all(isinstance(c, str) for c in countries):
        raise TargetingError("countries must be a list of ISO codes")
    if not isinstance(multipliers, dict):
        raise TargetingError("device_multipliers must be a mapping")
    if not isinstance(blocked, (list, tuple)):
        raise TargetingError("blocked_categories must be a list")

    return TargetingOverride(
        countries=[c.upper() for c in countries],
        device_multipliers={str(k): float(v) for k, v in multipliers.items()},
        blocked_categories=[str(b) for b in blocked],
    )
