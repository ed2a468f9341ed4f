"""Collateral ledger for the underwriting dashboard.

Shows collateral received, returned and liquidated per bond, optionally
narrowed to one collateral type and one agent.
"""
from __future__ import annotations

import os
from datetime import date

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from sqlalchemy import bindparam, create_engine, text

bp = Blueprint("collateral_ledger", __name__, url_prefix="/api/collateral")
engine = create_engine(os.environ["OFFICE_DATABASE_URL"], pool_pre_ping=True)

BASE_SQL = (
    "SELECT b.bond_number, c.collateral_type, c.description, c.appraised_value,"
    " c.received_on, c.returned_on, c.status"
    " FROM collateral c JOIN bonds b ON b.id = c.bond_id"
    " WHERE c.received_on BETWEEN :start AND :end"
)


def ledger_query(collateral_type: str | None, agent: str | None, statuses: list[str]):
    sql = BASE_SQL
    params: dict[str, object] = {}
    if collateral_type:
        sql += " AND c.collateral_type = :ctype"
        params["ctype"] = collateral_type
    if agent:
        sql += " AND b.agent_username = :agent"
        params["agent"] = agent
    stmt = text(sql + " AND c.status IN :statuses ORDER BY c.received_on")
    stmt = stmt.bindparams(bindparam("statuses", expanding=True))
    params["statuses"] = statuses
    return stmt, params


@bp.get("/ledger")
@login_required
def ledger():
    if not current_user.has_role("underwriter"):
        abort(403)
    try:
        start = date.fromisoformat(request.args.get("from", f"{date.today().year}-01-01"))
        end = date.fromisoformat(request.args.get("to", date.today().isoformat()))
    except ValueError:
        abort(400, "dates must be YYYY-MM-DD")
    statuses = request.args.getlist("status") or ["held", "returned", "liquidated"]

    stmt, params = ledger_query(request.args.get("type"), request.args.get("agent"), statuses)
    params.update(start=start, end=end)
    with engine.connect() as conn:
        rows = conn.execute(stmt, params).mappings().all()
    return jsonify([dict(r) for r in rows])
