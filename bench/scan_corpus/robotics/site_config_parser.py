"""Parses the ``key = value`` overrides that site engineers enter in the
console's advanced settings panel, e.g.::

    max_speed_mps = 1.2
    charge_zones = ["C1", "C2"]
    allow_reverse = False
"""
import ast

KNOWN_KEYS = {
    "max_speed_mps": float,
    "charge_zones": list,
    "allow_reverse": bool,
    "min_battery_pct": int,
    "obstacle_padding_m": float,
}
MAX_VALUE_LEN = 512


class OverrideError(ValueError):
    pass


def parse_line(line: str) -> tuple[str, object]:
    key, sep, raw = line.partition("=")
    key, raw = key.strip(), raw.strip()
    if not sep or key not in KNOWN_KEYS:
        raise OverrideError(f"unknown setting: {key!r}")
    if len(raw) > MAX_VALUE_LEN:
        raise OverrideError(f"value for {key} is too long")
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError) as exc:
        raise OverrideError(f"cannot parse value for {key}: {raw!r}") from exc
    expected = KNOWN_KEYS[key]
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, expected):
        raise OverrideError(f"{key} must be {expected.__name__}")
    return key, value


def parse_overrides(text: str) -> dict:
    result = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            key, value = parse_line(line)
        except OverrideError as exc:
            raise OverrideError(f"line {lineno}: {exc}") from exc
        result[key] = value
    return result
