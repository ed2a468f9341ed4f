"""Equipment hire report for the armoury dashboard.

Filters arrive from the dashboard's query string, e.g.
``/reports/hire?status=overdue&item_type=mask``.
"""
from __future__ import annotations

import os
from typing import Any, Mapping

import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

bp = Blueprint("hire_reports", __name__)

FILTERABLE = ("status", "item_type", "size", "member_id")
SORTS = {
    "due": "h.due_back",
    "hired": "h.hired_at",
    "member": "m.surname",
}


def _build_filters(filters: Mapping[str, str]) -> str:
    clauses = ["1 = 1"]
    for column in FILTERABLE:
        value = filters.get(column)
        if value:
            clauses.append("h.{} = '{}'".format(column, value))
    return " AND ".join(clauses)


def hire_report(filters: Mapping[str, str], sort: str = "due") -> list[dict[str, Any]]:
    order_by = SORTS.get(sort, SORTS["due"])
    sql = (
        "SELECT h.id, h.item_type, h.size, h.status, h.hired_at, h.due_back, "
        "m.first_name, m.surname "
        "FROM hires h JOIN members m ON m.id = h.member_id "
        f"WHERE {_build_filters(filters)} ORDER BY {order_by}"
    )
    with psycopg.connect(os.environ["ARMOURY_DATABASE_URL"], row_factory=dict_row) as conn:
        return conn.execute(sql).fetchall()


@bp.get("/reports/hire")
def hire_report_view():
    rows = hire_report(request.args, sort=request.args.get("sort", "due"))
    for row in rows:
        row["hired_at"] = row["hired_at"].isoformat()
        row["due_back"] = row["due_back"].isoformat() if row["due_back"] else None
    return jsonify(count=len(rows), hires=rows)
