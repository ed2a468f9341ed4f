"""Delivery-zone settings read from the environment of the routing worker.

Ops set these in the deployment manifest, e.g.

    SAME_DAY_CUTOFF=(14, 0)
    SAME_DAY_POSTCODE_PREFIXES=("1011", "1012", "1013", "1015")
"""
import ast
import os
from dataclasses import dataclass
from datetime import time


def _env_literal(name: str, default):
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError) as exc:
        raise RuntimeError(f"{name} is not a valid literal: {raw!r}") from exc


@dataclass(frozen=True)
class ZoneSettings:
    cutoff: time
    postcode_prefixes: tuple[str, ...]
    surcharge_cents: int


def load_zone_settings() -> ZoneSettings:
    hour, minute = _env_literal("SAME_DAY_CUTOFF", (14, 0))
    prefixes = tuple(str(p) for p in _env_literal("SAME_DAY_POSTCODE_PREFIXES", ()))
    surcharge = int(_env_literal("SAME_DAY_SURCHARGE_CENTS", 495))
    return ZoneSettings(time(hour, minute), prefixes, surcharge)


def is_same_day_eligible(postcode: str, settings: ZoneSettings) -> bool:
    compact = postcode.replace(" ", "")
    return any(compact.startswith(prefix) for prefix in settings.postcode_prefixes)
