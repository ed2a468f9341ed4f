"""Agreement listing for the land agents' dashboard.

Land agents list restoration agreements by status (draft, sent, signed,
expired) and sort them by signing date, expiry, holding or area when
planning renewals and site visits.
"""

import os

import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

bp = Blueprint("agreements", __name__, url_prefix="/agents")

SORT_COLUMNS = {
    "signed": "a.signed_on",
    "expiry": "a.expires_on",
    "holding": "h.holding_name",
    "area": "a.area_ha",
}
STATUSES = {"draft", "sent", "signed", "expired"}

BASE_SQL = (
    "SELECT a.id, h.holding_name, l.display_name AS landowner, a.status, "
    "a.signed_on, a.expires_on, a.area_ha "
    "FROM agreements a JOIN holdings h ON h.id = a.holding_id "
    "JOIN landowners l ON l.id = a.landowner_id WHERE a.status = %s"
)


def list_agreements(conn: psycopg.Connection, status: str, sort_key: str, descending: bool, limit: int) -> list[dict]:
    order_by = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["signed"])
    direction = "DESC" if descending else "ASC"
    sql = BASE_SQL + f" ORDER BY {order_by} {direction} NULLS LAST LIMIT %s"
    return conn.execute(sql, (status, limit)).fetchall()


@bp.get("/agreements")
def agreements():
    status = request.args.get("status", "signed")
    if status not in STATUSES:
        return jsonify(error=f"Unknown status {status!r}"), 400
    limit = max(1, min(request.args.get("limit", 100, type=int), 500))
    with psycopg.connect(os.environ["AGREEMENTS_DSN"], row_factory=dict_row) as conn:
        rows = list_agreements(
            conn,
            status,
            request.args.get("sort", "signed"),
            request.args.get("dir", "desc") == "desc",
            limit,
        )
    return jsonify(agreements=rows, count=len(rows))
