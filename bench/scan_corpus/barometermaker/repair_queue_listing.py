"""Bench queue listing: which repair jobs each technician should pick up next."""
from enum import Enum

import psycopg
from psycopg.rows import dict_row
from flask import Flask, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("WORKSHOP")


class SortKey(str, Enum):
    received = "received"
    promised = "promised"
    priority = "priority"
    customer = "customer"


SORT_COLUMNS = {
    SortKey.received: "j.received_on",
    SortKey.promised: "j.promised_by",
    SortKey.priority: "j.priority",
    SortKey.customer: "c.name",
}


def parse_sort(raw: str | None) -> tuple[str, str]:
    key, _, direction = (raw or "promised").partition(":")
    try:
        column = SORT_COLUMNS[SortKey(key)]
    except ValueError:
        column = SORT_COLUMNS[SortKey.promised]
    return column, "DESC" if direction.lower() == "desc" else "ASC"


def queue_for(technician: str, sort: str | None) -> list[dict]:
    column, direction = parse_sort(sort)
    sql = (
        "SELECT j.id, j.instrument, j.priority, j.promised_by, c.name AS customer "
        "FROM repair_jobs j JOIN customers c ON c.id = j.customer_id "
        "WHERE j.assigned_to = %s AND j.status IN ('queued', 'in_progress') "
        f"ORDER BY {column} {direction}, j.id"
    )
    with psycopg.connect(app.config["DSN"], row_factory=dict_row) as conn:
        return conn.execute(sql, (technician,)).fetchall()


@app.get("/queue/<technician>")
def bench_queue(technician: str):
    jobs = queue_for(technician, request.args.get("sort"))
    return jsonify({"technician": technician, "count": len(jobs), "jobs": jobs})
