"""Parsing helpers for telemetry fields sent by older game clients.

Builds before 1.14 serialise vectors with Python's repr, e.g. "(12.0, -3.5, 0.25)",
and aim samples as "[(yaw, pitch), ...]". Newer builds send JSON arrays.
"""
from __future__ import annotations

import ast
import json
import math
from typing import Sequence

MAX_AIM_SAMPLES = 256


class FieldError(ValueError):
    pass


def _literal(text: str):
    text = text.strip()
    if len(text) > 4096:
        raise FieldError("field too long")
    if text.startswith("["):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            pass
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError) as exc:
        raise FieldError(f"not a literal: {exc}") from exc


def _finite_floats(values: Sequence, size: int) -> tuple[float, ...]:
    if not isinstance(values, (list, tuple)) or len(values) != size:
        raise FieldError(f"expected {size} components")
    out = []
    for v in values:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise FieldError("non-numeric component")
        if not math.isfinite(v):
            raise FieldError("non-finite component")
        out.append(float(v))
    return tuple(out)


def parse_position(text: str) -> tuple[float, float, float]:
    return _finite_floats(_literal(text), 3)  # type: ignore[return-value]


def parse_aim_samples(text: str) -> list[tuple[float, float]]:
    samples = _literal(text)
    if not isinstance(samples, list) or len(samples) > MAX_AIM_SAMPLES:
        raise FieldError("invalid aim sample list")
    return [_finite_floats(s, 2) for s in samples]  # type: ignore[misc]


def angular_velocity(samples: list[tuple[float, float]], interval_ms: float) -> float:
    if len(samples) < 2 or interval_ms <= 0:
        return 0.0
    deltas = [math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(samples, samples[1:])]
    return max(deltas) / (interval_ms / 1000.0)
