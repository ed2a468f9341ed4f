"""Runs the harmonic tide predictor for a gauge station on request.

Pilots planning a deep-draught transit ask for a tide curve for the
station nearest the critical shoal. The predictor is a Fortran binary
shipped by the hydrographic office; we wrap it and return its CSV.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
from datetime import date

from flask import Flask, jsonify, request

app = Flask(__name__)

PREDICTOR = os.environ.get("TIDEPRED_BIN", "/opt/hydro/bin/tidepred")
CONSTITUENTS_DIR = os.environ.get("TIDEPRED_DATA", "/opt/hydro/constituents")


def run_predictor(station: str, day: date, interval_min: int) -> str:
    command = (
        f"{PREDICTOR} --data {CONSTITUENTS_DIR} --station {station} "
        f"--date {day:%Y-%m-%d} --step {interval_min} --format csv"
    )
    result = subprocess.run(
        command, shell=True, capture_output=True, text=True, timeout=30, check=True
    )
    return result.stdout


def parse_curve(raw: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(raw))
    return [
        {"time": row["time"], "height_m": float(row["height"])}
        for row in reader
    ]


@app.get("/api/tides/curve")
def tide_curve():
    station = request.args.get("station", "")
    if not station:
        return jsonify({"error": "station is required"}), 400
    try:
        day = date.fromisoformat(request.args.get("date", date.today().isoformat()))
        step = int(request.args.get("step", "10"))
    except ValueError:
        return jsonify({"error": "bad date or step"}), 400
    if not 1 <= step <= 60:
        return jsonify({"error": "step must be 1-60 minutes"}), 400
    try:
        raw = run_predictor(station, day, step)
    except subprocess.CalledProcessError:
        return jsonify({"error": "prediction failed"}), 502
    return jsonify({"station": station, "date": day.isoformat(), "curve": parse_curve(raw)})
