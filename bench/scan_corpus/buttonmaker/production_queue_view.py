"""Production queue listing for the planning office, sortable by column."""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

bp = Blueprint("production_queue", __name__)

SORT_COLUMNS = {
    "due": "j.due_date",
    "house": "j.house_code",
    "line": "j.button_line",
    "qty": "j.quantity",
    "created": "j.created_at",
}
DEFAULT_SORT = "due"


def order_clause(sort_key: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS[DEFAULT_SORT])
    return f"ORDER BY {column} {'DESC' if descending else 'ASC'}, j.id"


def list_jobs(line: str | None, sort_key: str, descending: bool) -> list[dict]:
    sql = (
        "SELECT j.id, j.order_ref, j.house_code, j.button_line, j.quantity, j.due_date, j.stage "
        "FROM production_jobs j WHERE j.stage <> 'shipped'"
    )
    params: list = []
    if line:
        sql += " AND j.button_line = %s"
        params.append(line)
    sql += " " + order_clause(sort_key, descending)
    with psycopg.connect(os.environ["PLANNING_DSN"], row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


@bp.get("/planning/queue")
def production_queue():
    jobs = list_jobs(
        request.args.get("line"),
        request.args.get("sort", DEFAULT_SORT),
        request.args.get("dir") == "desc",
    )
    return jsonify(jobs)
