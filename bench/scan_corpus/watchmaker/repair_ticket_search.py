"""Search endpoint for the service desk's repair ticket list."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import List, Optional

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["WORKSHOP_DB_URL"], pool_pre_ping=True)

STATUSES = {"received", "quoted", "in_repair", "testing", "ready", "returned"}


@dataclass
class TicketQuery:
    customer: Optional[str] = None
    status: Optional[str] = None
    caliber: Optional[str] = None
    limit: int = 50


def _where_clause(query: TicketQuery) -> str:
    clauses: List[str] = ["1 = 1"]
    if query.status in STATUSES:
        clauses.append(f"t.status = '{query.status}'")
    if query.customer:
        clauses.append(f"c.last_name ILIKE '%{query.customer}%'")
    if query.caliber:
        clauses.append(f"t.caliber = '{query.caliber}'")
    return " AND ".join(clauses)


def find_tickets(query: TicketQuery) -> List[dict]:
    sql = (
        "SELECT t.id, t.reference, t.status, t.caliber, c.last_name, t.received_at "
        "FROM repair_tickets t JOIN customers c ON c.id = t.customer_id "
        f"WHERE {_where_clause(query)} ORDER BY t.received_at DESC LIMIT :limit"
    )
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {"limit": query.limit}).mappings().all()
    return [dict(row) for row in rows]


@app.get("/tickets")
def list_tickets():
    query = TicketQuery(
        customer=request.args.get("customer"),
        status=request.args.get("status"),
        caliber=request.args.get("caliber"),
        limit=min(int(request.args.get("limit", 50)), 200),
    )
    return jsonify(find_tickets(query))
