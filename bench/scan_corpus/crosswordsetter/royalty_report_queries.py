"""Royalty reports for the setter dashboard.

Setters can group their earnings by partner, by month or by puzzle type and
sort the table by any column. Grouping and sort keys come from the query
string but are mapped through fixed tables before they reach SQL.
"""
from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, g, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("royalty_reports", __name__, url_prefix="/me/royalties")

GROUP_COLUMNS = {
    "partner": "pt.name",
    "month": "date_trunc('month', sl.run_date)",
    "type": "pz.puzzle_type",
}
SORT_COLUMNS = {"group": "1", "placements": "2", "earned": "3"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _build_report_sql(group: str, sort: str, direction: str) -> str:
    try:
        group_expr = GROUP_COLUMNS[group]
        order = f"{SORT_COLUMNS[sort]} {DIRECTIONS[direction]}"
    except KeyError:
        raise ValueError("unsupported report option")
    return (
        f"SELECT {group_expr} AS grp, COUNT(*) AS placements, SUM(sl.amount_pence) AS earned "
        "FROM statement_lines sl "
        "JOIN partners pt ON pt.id = sl.partner_id "
        "JOIN puzzles pz ON pz.id = sl.puzzle_id "
        "WHERE sl.setter_id = :setter_id AND sl.run_date BETWEEN :start AND :end "
        f"GROUP BY grp ORDER BY {order}"
    )


@bp.get("/report")
def royalty_report():
    if getattr(g, "setter_id", None) is None:
        abort(401)
    try:
        sql = _build_report_sql(
            request.args.get("group", "month"),
            request.args.get("sort", "group"),
            request.args.get("dir", "asc").lower(),
        )
        start = date.fromisoformat(request.args.get("from", f"{date.today().year}-01-01"))
        end = date.fromisoformat(request.args.get("to", date.today().isoformat()))
    except ValueError:
        abort(400)
    with engine.connect() as conn:
        rows = conn.execute(
            text(sql), {"setter_id": g.setter_id, "start": start, "end": end}
        ).all()
    return jsonify(
        rows=[{"group": str(r.grp), "placements": r.placements, "earned_pence": r.earned} for r in rows]
    )
