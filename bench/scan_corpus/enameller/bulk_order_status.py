"""Bulk status lookup for resellers checking many club orders at once."""
import sqlite3
from typing import Sequence

from flask import Blueprint, abort, current_app, g, jsonify, request

from .auth import reseller_required

bp = Blueprint("bulk_status", __name__)

MAX_REFERENCES = 200


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["ORDERS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def statuses_for(reseller_id: int, references: Sequence[str]) -> dict[str, str]:
    if not references:
        return {}
    placeholders = ",".join("?" * len(references))
    sql = (
        "SELECT reference, status FROM club_orders "
        f"WHERE reseller_id = ? AND reference IN ({placeholders})"
    )
    with _connect() as conn:
        rows = conn.execute(sql, [reseller_id, *references]).fetchall()
    return {row["reference"]: row["status"] for row in rows}


@bp.post("/api/orders/status")
@reseller_required
def bulk_status():
    body = request.get_json(silent=True) or {}
    refs = body.get("references")
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        abort(400)
    refs = list(dict.fromkeys(r.strip() for r in refs if r.strip()))
    if len(refs) > MAX_REFERENCES:
        abort(413)
    found = statuses_for(g.reseller.id, refs)
    missing = [r for r in refs if r not in found]
    return jsonify(statuses=found, unknown=missing)
