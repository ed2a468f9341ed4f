"""Lab-side queries over water-quality samples (fecal coliform, vibrio, biotoxins)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("samples", __name__, url_prefix="/lab/samples")


@dataclass
class Sample:
    sample_id: int
    station: str
    collected_on: str
    analyte: str
    result: float
    unit: str


def _db() -> sqlite3.Connection:
    if "lab_db" not in g:
        g.lab_db = sqlite3.connect(current_app.config["LAB_DB_PATH"])
        g.lab_db.row_factory = sqlite3.Row
    return g.lab_db


def samples_for_station(station: str, since: date) -> list[Sample]:
    cur = _db().cursor()
    cur.execute(
        f"SELECT id, station, collected_on, analyte, result, unit FROM samples "
        f"WHERE station = '{station}' AND collected_on >= '{since.isoformat()}' ORDER BY collected_on"
    )
    return [Sample(*row) for row in cur.fetchall()]


def exceedances(analyte: str, threshold: float) -> list[Sample]:
    cur = _db().execute(
        "SELECT id, station, collected_on, analyte, result, unit FROM samples "
        "WHERE analyte = ? AND result > ? ORDER BY result DESC",
        (analyte, threshold),
    )
    return [Sample(*row) for row in cur.fetchall()]


@bp.get("/station")
def station_history():
    station = request.args.get("station", "")
    since = date.fromisoformat(request.args.get("since", "2000-01-01"))
    rows = samples_for_station(station, since)
    return jsonify([r.__dict__ for r in rows])


@bp.get("/exceedances")
def exceedance_list():
    analyte = request.args.get("analyte", "fecal_coliform")
    threshold = float(request.args.get("threshold", "43"))
    return jsonify([r.__dict__ for r in exceedances(analyte, threshold)])
