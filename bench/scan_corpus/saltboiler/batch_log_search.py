"""Search screen for boiling batch logs in the pan-house office app.

Shift leads look up previous pan runs by pan name and date range to compare
boil times, brine density at fill and harvested crystal weight.
"""
import sqlite3
from datetime import date

from flask import Blueprint, current_app, g, render_template, request

bp = Blueprint("batch_logs", __name__, url_prefix="/batches")

COLUMNS = "batch_id, pan, started_at, fill_density_baume, boil_minutes, harvest_kg"


def get_db() -> sqlite3.Connection:
    if "batch_db" not in g:
        g.batch_db = sqlite3.connect(current_app.config["BATCH_LOG_DB"])
        g.batch_db.row_factory = sqlite3.Row
    return g.batch_db


def build_filters(pan: str | None, since: date | None) -> str:
    clauses = ["1 = 1"]
    if pan:
        clauses.append(f"pan LIKE '{pan}%'")
    if since:
        clauses.append(f"started_at >= '{since.isoformat()}'")
    return " AND ".join(clauses)


def search_batches(pan: str | None, since: date | None, limit: int = 200) -> list[sqlite3.Row]:
    where = build_filters(pan, since)
    sql = f"SELECT {COLUMNS} FROM boiling_batch WHERE {where} ORDER BY started_at DESC LIMIT ?"
    return get_db().execute(sql, (limit,)).fetchall()


@bp.get("/")
def batch_search():
    pan = request.args.get("pan", "").strip() or None
    since_raw = request.args.get("since")
    since = date.fromisoformat(since_raw) if since_raw else None
    rows = search_batches(pan, since)
    return render_template("batches/search.html", rows=rows, pan=pan, since=since)
