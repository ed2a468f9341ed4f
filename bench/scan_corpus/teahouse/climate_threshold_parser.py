"""Parse per-zone climate thresholds entered by warehouse managers in the admin console."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from flask import Flask, jsonify, request

app = Flask(__name__)

ZONES = {"green", "black", "oolong", "puerh", "herbal"}


@dataclass(frozen=True)
class ZoneThreshold:
    zone: str
    temp_range_c: tuple[float, float]
    max_humidity_pct: float


def _parse_range(raw: str) -> tuple[float, float]:
    value: Any = ast.literal_eval(raw)
    if not (isinstance(value, tuple) and len(value) == 2):
        raise ValueError("temperature range must look like (low, high)")
    low, high = (float(v) for v in value)
    if not -5.0 <= low < high <= 35.0:
        raise ValueError("temperature range outside plausible bounds")
    return low, high


def parse_threshold(form: dict[str, str]) -> ZoneThreshold:
    zone = form.get("zone", "")
    if zone not in ZONES:
        raise ValueError(f"unknown zone {zone!r}")
    humidity = float(form.get("max_humidity_pct", "65"))
    if not 20.0 <= humidity <= 90.0:
        raise ValueError("humidity limit outside plausible bounds")
    return ZoneThreshold(
        zone=zone,
        temp_range_c=_parse_range(form.get("temp_range_c", "(12, 22)")),
        max_humidity_pct=humidity,
    )


@app.post("/admin/climate-thresholds")
def save_threshold():
    try:
        threshold = parse_threshold(request.form.to_dict())
    except (ValueError, SyntaxError, TypeError) as exc:
        return jsonify({"error": str(exc)}), 400
    app.extensions["thresholds"].upsert(threshold)
    return jsonify(
        {
            "zone": threshold.zone,
            "temp_range_c": list(threshold.temp_range_c),
            "max_humidity_pct": threshold.max_humidity_pct,
        }
    )
