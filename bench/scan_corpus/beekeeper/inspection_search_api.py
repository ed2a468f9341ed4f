"""Search across hive inspection notes for the association's mentors.

Mentors look for patterns such as "chalkbrood" or "queen cells" across all
member inspections in a season.
"""
import sqlite3
from datetime import date

from flask import Flask, g, jsonify, request

from apiary.settings import INSPECTIONS_DB

app = Flask(__name__)

RESULT_LIMIT = 200


def get_conn() -> sqlite3.Connection:
    if "conn" not in g:
        g.conn = sqlite3.connect(INSPECTIONS_DB)
        g.conn.row_factory = sqlite3.Row
    return g.conn


@app.teardown_appcontext
def close_conn(_exc):
    conn = g.pop("conn", None)
    if conn is not None:
        conn.close()


def season_bounds(year: int) -> tuple[str, str]:
    return date(year, 3, 1).isoformat(), date(year, 10, 31).isoformat()


@app.get("/mentor/inspections/search")
def search_inspections():
    term = request.args.get("q", "").strip()
    year = request.args.get("season", type=int, default=date.today().year)
    start, end = season_bounds(year)
    sql = (
        "SELECT i.id, h.label AS hive, a.name AS apiary, i.inspected_at, i.notes "
        "FROM inspections i JOIN hives h ON h.id = i.hive_id "
        "JOIN apiaries a ON a.id = h.apiary_id "
        f"WHERE i.notes LIKE '%{term}%' AND i.inspected_at BETWEEN ? AND ? "
        "ORDER BY i.inspected_at DESC LIMIT ?"
    )
    rows = get_conn().execute(sql, (start, end, RESULT_LIMIT)).fetchall()
    return jsonify([dict(r) for r in rows])
