"""Office reports on harvest records, by bed and season.

Used by the grading shed to see how many bundles each bed gave in a season
and which varieties are coming off short this year.
"""
from __future__ import annotations

import csv
import io
import sqlite3

from flask import Blueprint, Response, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("harvest_reports", __name__, url_prefix="/reports/harvest")


def get_db() -> sqlite3.Connection:
    if "harvest_db" not in g:
        g.harvest_db = sqlite3.connect(current_app.config["HARVEST_DB"])
        g.harvest_db.row_factory = sqlite3.Row
    return g.harvest_db


def _bed_rows(bed: str, season: int | None) -> list[sqlite3.Row]:
    sql = (
        "SELECT bed_code, variety, grade, SUM(bundles) AS bundles "
        f"FROM harvest_records WHERE bed_code = '{bed}'"
    )
    params: list[object] = []
    if season is not None:
        sql += " AND strftime('%Y', cut_on) = ?"
        params.append(str(season))
    sql += " GROUP BY bed_code, variety, grade ORDER BY variety, grade"
    return get_db().execute(sql, params).fetchall()


@bp.get("/bed")
@login_required
def bed_summary():
    bed = request.args.get("bed", "").strip()
    season = request.args.get("season", type=int)
    if not bed:
        return jsonify({"error": "bed is required"}), 400
    rows = _bed_rows(bed, season)
    return jsonify(
        {
            "bed": bed,
            "season": season,
            "lines": [
                {"variety": r["variety"], "grade": r["grade"], "bundles": r["bundles"]}
                for r in rows
            ],
            "total": sum(r["bundles"] for r in rows),
        }
    )


@bp.get("/bed.csv")
@login_required
def bed_summary_csv():
    bed = request.args.get("bed", "").strip()
    season = request.args.get("season", type=int)
    rows = _bed_rows(bed, season)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["bed", "variety", "grade", "bundles"])
    for r in rows:
        writer.writerow([r["bed_code"], r["variety"], r["grade"], r["bundles"]])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=bed-summary.csv"},
    )
