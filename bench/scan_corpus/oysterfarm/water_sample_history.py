"""Sample history for a sampling station, shown on the lab tab of the staff app."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, current_app, g, jsonify, request

bp = Blueprint("sample_history", __name__, url_prefix="/lab/history")

ANALYTES = {"fecal_coliform", "vibrio_vulnificus", "vibrio_parahaemolyticus", "psp_toxin", "dsp_toxin"}


@dataclass
class SampleRow:
    station: str
    collected_on: str
    analyte: str
    result: float
    unit: str


def _db() -> sqlite3.Connection:
    if "lab_db" not in g:
        g.lab_db = sqlite3.connect(current_app.config["LAB_DB_PATH"])
    return g.lab_db


class SampleHistory:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def for_station(self, station: str, analyte: str, since: date) -> list[SampleRow]:
        cur = self._conn.execute(
            "SELECT station, collected_on, analyte, result, unit FROM samples "
            "WHERE station = ? AND analyte = ? AND collected_on >= ? ORDER BY collected_on",
            (station, analyte, since.isoformat()),
        )
        return [SampleRow(*r) for r in cur.fetchall()]

    def geometric_mean(self, station: str, analyte: str, since: date) -> float | None:
        rows = self.for_station(station, analyte, since)
        values = [r.result for r in rows if r.result > 0]
        if not values:
            return None
        product = 1.0
        for v in values:
            product *= v
        return product ** (1 / len(values))


@bp.get("/")
def history():
    station = request.args.get("station", "")
    analyte = request.args.get("analyte", "fecal_coliform")
    if analyte not in ANALYTES:
        abort(400, "unknown analyte")
    since = date.fromisoformat(request.args.get("since", "2024-01-01"))
    hist = SampleHistory(_db())
    return jsonify(
        {
            "rows": [r.__dict__ for r in hist.for_station(station, analyte, since)],
            "geomean": hist.geometric_mean(station, analyte, since),
        }
    )
