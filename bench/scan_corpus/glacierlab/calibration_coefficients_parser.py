"""Parse calibration coefficients from station metadata sheets.

Technicians upload a CSV after each service visit. The ``coefficients`` column
holds a polynomial as a tuple literal, e.g. ``(0.0, 0.0125, -1.2e-7)``, mapping
raw counts to physical units.
"""
from __future__ import annotations

import ast
import csv
import io
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("coefficients", __name__, url_prefix="/stations")


@dataclass
class Polynomial:
    sensor: str
    unit: str
    coefficients: tuple[float, ...]

    def apply(self, raw: float) -> float:
        return sum(c * raw ** power for power, c in enumerate(self.coefficients))


def parse_coefficients(text: str) -> tuple[float, ...]:
    value = ast.literal_eval(text.strip())
    if not isinstance(value, (tuple, list)) or not 1 <= len(value) <= 6:
        raise ValueError("coefficients must be a tuple of 1 to 6 numbers")
    if not all(isinstance(c, (int, float)) for c in value):
        raise ValueError("coefficients must be numbers")
    return tuple(float(c) for c in value)


def parse_sheet(text: str) -> dict[str, Polynomial]:
    reader = csv.DictReader(io.StringIO(text))
    return {
        row["sensor"]: Polynomial(row["sensor"], row["unit"], parse_coefficients(row["coefficients"]))
        for row in reader
    }


@bp.post("/<station_id>/coefficients")
def upload_coefficients(station_id: str):
    upload = request.files.get("metadata")
    if upload is None:
        abort(400, "metadata sheet missing")
    try:
        polynomials = parse_sheet(upload.read().decode("utf-8"))
    except (ValueError, SyntaxError, KeyError) as exc:
        abort(400, f"bad metadata sheet: {exc}")
    store = current_app.extensions["readings_store"]
    converted = 0
    for reading in store.raw_readings(station_id):
        poly = polynomials.get(reading.sensor)
        if poly is not None:
            store.save_calibrated(reading.id, poly.apply(reading.raw_value), poly.unit)
            converted += 1
    return jsonify(station=station_id, converted=converted)
