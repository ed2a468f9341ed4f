"""Build project listing for the office dashboard, sortable by column."""
from __future__ import annotations

import os

from flask import Flask, abort, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["YARD_DATABASE_URL"], pool_pre_ping=True)

SORTABLE = {
    "hull": "p.hull_number",
    "design": "p.design",
    "customer": "c.name",
    "stage": "p.current_stage",
    "launch": "p.launch_date",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def listing_sql(sort_key: str, direction: str) -> str:
    column = SORTABLE.get(sort_key, SORTABLE["launch"])
    order = DIRECTIONS.get(direction.lower(), "ASC")
    return (
        "SELECT p.id, p.hull_number, p.design, c.name AS customer, "
        "p.current_stage, p.launch_date "
        "FROM projects p JOIN customers c ON c.id = p.customer_id "
        "WHERE p.yard = :yard AND (:stage IS NULL OR p.current_stage = :stage) "
        f"ORDER BY {column} {order} LIMIT :limit OFFSET :offset"
    )


@app.get("/projects")
def list_projects():
    try:
        page = max(int(request.args.get("page", 1)), 1)
        per_page = min(max(int(request.args.get("per_page", 25)), 1), 100)
    except ValueError:
        abort(400)
    sql = text(listing_sql(request.args.get("sort", "launch"), request.args.get("dir", "asc")))
    params = {
        "yard": request.args.get("yard", "main"),
        "stage": request.args.get("stage"),
        "limit": per_page,
        "offset": (page - 1) * per_page,
    }
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sql, params)]
    return {"page": page, "projects": rows}
