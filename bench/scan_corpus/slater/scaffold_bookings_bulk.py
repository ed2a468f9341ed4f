"""Bulk operations on scaffold bookings from the scheduler board.

The scheduler can tick several jobs and confirm, postpone or cancel their
scaffold in one go, e.g. when a week of rain pushes everything back.
"""
import sqlite3
from datetime import date, timedelta
from typing import Iterable, List, Sequence

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("scaffold_bulk", __name__)

ACTIONS = {"confirm", "postpone", "cancel"}


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["SCHEDULER_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def _placeholders(values: Sequence) -> str:
    return ",".join("?" * len(values))


def bookings_for(conn: sqlite3.Connection, job_refs: Sequence[str]) -> List[dict]:
    sql = f"SELECT * FROM scaffold_bookings WHERE job_ref IN ({_placeholders(job_refs)})"
    return [dict(r) for r in conn.execute(sql, tuple(job_refs))]


def postpone(conn: sqlite3.Connection, job_refs: Sequence[str], days: int) -> int:
    rows = bookings_for(conn, job_refs)
    for row in rows:
        new_date = date.fromisoformat(row["erect_on"]) + timedelta(days=days)
        conn.execute("UPDATE scaffold_bookings SET erect_on = ? WHERE id = ?",
                     (new_date.isoformat(), row["id"]))
    return len(rows)


def set_status(conn: sqlite3.Connection, job_refs: Iterable[str], status: str) -> int:
    refs = list(job_refs)
    cur = conn.execute(
        f"UPDATE scaffold_bookings SET status = ? WHERE job_ref IN ({_placeholders(refs)})",
        (status, *refs),
    )
    return cur.rowcount


@bp.post("/scaffold/bulk")
def bulk_update():
    payload = request.get_json(force=True)
    action = payload.get("action")
    refs = [str(r) for r in payload.get("job_refs", [])][:200]
    if action not in ACTIONS or not refs:
        return jsonify(error="choose an action and at least one job"), 400
    with _db() as conn:
        if action == "postpone":
            changed = postpone(conn, refs, int(payload.get("days", 7)))
        else:
            changed = set_status(conn, refs, "confirmed" if action == "confirm" else "cancelled")
    return jsonify(action=action, changed=changed)
