"""Repair ticket list for the front desk: resoles, heel blocks, re-welts, stretching."""
import os
from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg2
import psycopg2.extras
from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["DATABASE_URL"] = os.environ["CORDWAINER_DATABASE_URL"]

PAGE_SIZE = 50


@dataclass
class TicketFilter:
    status: Optional[str]
    due_before: Optional[date]
    sort: str
    direction: str
    page: int


def filter_from_request(args) -> TicketFilter:
    due = args.get("due_before")
    return TicketFilter(
        status=args.get("status") or None,
        due_before=date.fromisoformat(due) if due else None,
        sort=args.get("sort", "due_date"),
        direction="DESC" if args.get("dir", "asc").lower() == "desc" else "ASC",
        page=max(int(args.get("page", 1)), 1),
    )


def fetch_tickets(conn, flt: TicketFilter) -> list[dict]:
    clauses, params = ["1=1"], []
    if flt.status:
        clauses.append("t.status = %s")
        params.append(flt.status)
    if flt.due_before:
        clauses.append("t.due_date < %s")
        params.append(flt.due_before)
    params.extend([PAGE_SIZE, (flt.page - 1) * PAGE_SIZE])
    sql = f"""
        SELECT t.ticket_no, t.status, t.job_type, t.due_date, c.surname, c.phone
          FROM repair_tickets t JOIN customers c ON c.id = t.customer_id
         WHERE {" AND ".join(clauses)}
         ORDER BY {flt.sort} {flt.direction}
         LIMIT %s OFFSET %s
    """
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return cur.fetchall()


@app.get("/repairs")
def list_repairs():
    flt = filter_from_request(request.args)
    with psycopg2.connect(app.config["DATABASE_URL"]) as conn:
        rows = fetch_tickets(conn, flt)
    return jsonify([{**r, "due_date": r["due_date"].isoformat()} for r in rows])
