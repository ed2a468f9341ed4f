"""Apply per-sensor calibration formulas to raw weather-station readings.

Technicians upload a station metadata sheet (CSV) after each service visit; the
``formula`` column gives the conversion from raw counts ``x`` to physical units.
"""
from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("calibration", __name__, url_prefix="/stations")


@dataclass
class SensorCalibration:
    sensor: str
    unit: str
    formula: str

    @staticmethod
    def _evaluate(expression: str, raw: float) -> float:
        namespace = {"x": raw, "sqrt": math.sqrt, "log": math.log, "exp": math.exp}
        return float(eval(expression, {"__builtins__": {}}, namespace))

    def apply(self, raw: float) -> float:
        return self._evaluate(self.formula, raw)


def parse_metadata_sheet(text: str) -> dict[str, SensorCalibration]:
    reader = csv.DictReader(io.StringIO(text))
    required = {"sensor", "unit", "formula"}
    if not required.issubset(reader.fieldnames or ()):
        raise ValueError("metadata sheet needs sensor, unit and formula columns")
    return {
        row["sensor"]: SensorCalibration(row["sensor"], row["unit"], row["formula"].strip())
        for row in reader
    }


@bp.post("/<station_id>/calibrate")
def calibrate(station_id: str):
    upload = request.files.get("metadata")
    if upload is None:
        abort(400, "metadata sheet missing")
    calibrations = parse_metadata_sheet(upload.read().decode("utf-8"))
    store = current_app.extensions["readings_store"]
    converted = 0
    for reading in store.raw_readings(station_id):
        cal = calibrations.get(reading.sensor)
        if cal is None:
            continue
        store.save_calibrated(reading.id, cal.apply(reading.raw_value), cal.unit)
        converted += 1
    return jsonify(station=station_id, converted=converted)
