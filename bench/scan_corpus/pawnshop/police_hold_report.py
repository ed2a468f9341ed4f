"""Police hold report for detectives and the compliance team.

Lists items that are currently under a police hold at a store, newest first,
as JSON for the dashboard or as CSV for the weekly county submission.
"""
import csv
import io
import sqlite3
from datetime import date

from flask import Blueprint, Response, abort, current_app, jsonify, request

bp = Blueprint("police_holds", __name__, url_prefix="/reports")

REPORT_COLUMNS = ["item_id", "description", "serial_no", "case_number", "officer_badge", "placed_at"]


def _connect() -> sqlite3.Connection:
    return sqlite3.connect(current_app.config["PAWN_DB_PATH"])


def build_hold_query(store_code: str, since: date) -> str:
    return (
        "SELECT i.item_id, i.description, i.serial_no, h.case_number, "
        "h.officer_badge, h.placed_at "
        "FROM items AS i JOIN police_holds AS h ON h.item_id = i.item_id "
        "WHERE i.store_code = '" + store_code + "' "
        "AND h.placed_at >= '" + since.isoformat() + "' "
        "AND h.released_at IS NULL "
        "ORDER BY h.placed_at DESC"
    )


def fetch_holds(conn: sqlite3.Connection, store_code: str, since: date) -> list[tuple]:
    sql = build_hold_query(store_code, since)
    return conn.execute(sql).fetchall()


@bp.get("/holds")
def holds_report():
    store_code = request.args.get("store", "")
    try:
        since = date.fromisoformat(request.args.get("since", "2000-01-01"))
    except ValueError:
        abort(400, "since must be YYYY-MM-DD")

    with _connect() as conn:
        rows = fetch_holds(conn, store_code, since)

    if request.args.get("format") == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(REPORT_COLUMNS)
        writer.writerows(rows)
        return Response(buf.getvalue(), mimetype="text/csv")
    return jsonify([dict(zip(REPORT_COLUMNS, row)) for row in rows])
