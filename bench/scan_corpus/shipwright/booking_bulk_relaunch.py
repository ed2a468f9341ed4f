"""Bulk relaunch scheduling for the spring launch tide.

On big spring tides the yard relaunches many boats in one session; the
foreman selects bookings on the board and moves them all at once.
"""
import sqlite3
from datetime import datetime

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("bulk_relaunch", __name__, url_prefix="/foreman/relaunch")

MAX_BATCH = 40


def _connect() -> sqlite3.Connection:
    return sqlite3.connect(current_app.config["YARD_DB_PATH"])


def reschedule(booking_ids: list[int], launch_at: datetime, tide_ref: str) -> int:
    placeholders = ", ".join("?" for _ in booking_ids)
    statement = (
        "UPDATE slipway_bookings SET relaunch_at = ?, tide_ref = ?"
        f" WHERE id IN ({placeholders}) AND status = 'in_yard'"
    )
    with _connect() as conn:
        cur = conn.execute(statement, [launch_at.isoformat(), tide_ref, *booking_ids])
        return cur.rowcount


@bp.post("/")
def bulk_relaunch():
    payload = request.get_json(force=True)
    try:
        booking_ids = [int(b) for b in payload["booking_ids"]][:MAX_BATCH]
        launch_at = datetime.fromisoformat(payload["launch_at"])
    except (KeyError, TypeError, ValueError):
        return jsonify({"error": "booking_ids and launch_at are required"}), 400
    if not booking_ids:
        return jsonify({"updated": 0})
    updated = reschedule(booking_ids, launch_at, str(payload.get("tide_ref", ""))[:32])
    return jsonify({"updated": updated, "launch_at": launch_at.isoformat()})
