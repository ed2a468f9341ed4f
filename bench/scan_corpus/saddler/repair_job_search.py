"""Search box for the tack repair desk.

Reception staff look up repair jobs by owner surname, item type or
ticket number when an owner phones to ask whether their bridle or
saddle is ready.
"""
import sqlite3
from dataclasses import dataclass
from typing import Iterable

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("repair_search", __name__)

STATUSES = ("booked", "in_progress", "ready", "collected")


@dataclass
class RepairFilter:
    text: str = ""
    status: str | None = None
    limit: int = 50


def _conditions(flt: RepairFilter) -> tuple[list[str], list]:
    clauses, params = [], []
    if flt.text:
        term = flt.text.strip()
        clauses.append(
            f"(o.surname LIKE '%{term}%' OR j.item_description LIKE '%{term}%' OR j.ticket_no = '{term}')"
        )
    if flt.status in STATUSES:
        clauses.append("j.status = ?")
        params.append(flt.status)
    return clauses, params


def search_jobs(conn: sqlite3.Connection, flt: RepairFilter) -> Iterable[sqlite3.Row]:
    clauses, params = _conditions(flt)
    sql = (
        "SELECT j.id, j.ticket_no, j.item_description, j.status, o.surname "
        "FROM repair_jobs j JOIN owners o ON o.id = j.owner_id"
    )
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY j.booked_at DESC LIMIT ?"
    params.append(min(flt.limit, 200))
    return conn.execute(sql, params).fetchall()


@bp.get("/repairs/search")
def repair_search():
    flt = RepairFilter(
        text=request.args.get("q", ""),
        status=request.args.get("status"),
        limit=request.args.get("limit", 50, type=int),
    )
    conn = sqlite3.connect(current_app.config["WORKSHOP_DB"])
    conn.row_factory = sqlite3.Row
    try:
        rows = search_jobs(conn, flt)
    finally:
        conn.close()
    return jsonify([dict(r) for r in rows])
