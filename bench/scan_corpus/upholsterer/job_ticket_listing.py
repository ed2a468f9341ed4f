"""Sortable job-ticket list for the office dashboard (Flask + psycopg)."""
import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("ticket_list", __name__)

SORT_COLUMNS = {
    "due": "t.due_date",
    "created": "t.created_at",
    "customer": "c.surname",
    "stage": "t.stage",
    "reference": "t.reference",
}
STAGES = ("awaiting_fabric", "stripped", "frame_repair", "sprung", "covered", "ready_for_delivery")


def _order_clause(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["due"])
    return f"ORDER BY {column} {'DESC' if direction == 'desc' else 'ASC'}, t.id"


def fetch_tickets(stage: str | None, sort_key: str, direction: str, page: int) -> list[dict]:
    where, params = ["t.archived = false"], []
    if stage in STAGES:
        where.append("t.stage = %s")
        params.append(stage)
    query = (
        "SELECT t.id, t.reference, t.item, t.stage, t.due_date, c.surname AS customer "
        "FROM job_tickets t JOIN customers c ON c.id = t.customer_id "
        f"WHERE {' AND '.join(where)} {_order_clause(sort_key, direction)} "
        "LIMIT 50 OFFSET %s"
    )
    params.append((page - 1) * 50)
    with psycopg.connect(current_app.config["DATABASE_URL"], row_factory=dict_row) as conn:
        return conn.execute(query, params).fetchall()


@bp.get("/dashboard/tickets")
def list_tickets():
    page = max(1, request.args.get("page", 1, type=int))
    rows = fetch_tickets(
        stage=request.args.get("stage"),
        sort_key=request.args.get("sort", "due"),
        direction=request.args.get("dir", "asc"),
        page=page,
    )
    for row in rows:
        row["due_date"] = row["due_date"].isoformat() if row["due_date"] else None
    return jsonify(page=page, tickets=rows)
