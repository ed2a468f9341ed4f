"""Search endpoint for the office staff's livery invoice screen."""

from __future__ import annotations

import os
from typing import Any, Dict, List

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["YARD_DB_URL"], pool_pre_ping=True)
app = FastAPI(title="Livery invoices")

SORTABLE = {"issued": "i.issued_on", "amount": "i.total_pence", "client": "c.surname"}


def _where_clause(surname: str | None, status: str | None) -> str:
    conditions = ["1=1"]
    if surname:
        conditions.append(f"c.surname ILIKE '%{surname}%'")
    if status:
        conditions.append("i.status = :status")
    return " AND ".join(conditions)


def _order_clause(sort: str) -> str:
    return SORTABLE.get(sort, SORTABLE["issued"]) + " DESC"


def build_query(surname: str | None, status: str | None, sort: str) -> str:
    return (
        "SELECT i.invoice_no, c.first_name, c.surname, i.issued_on, i.total_pence, i.status "
        "FROM livery_invoices i JOIN livery_clients c ON c.id = i.client_id "
        f"WHERE {_where_clause(surname, status)} "
        f"ORDER BY {_order_clause(sort)} LIMIT :limit"
    )


@app.get("/invoices")
def search_invoices(
    surname: str | None = Query(None, max_length=80),
    status: str | None = Query(None, pattern="^(open|paid|overdue)$"),
    sort: str = "issued",
    limit: int = Query(50, le=200),
) -> List[Dict[str, Any]]:
    params: Dict[str, Any] = {"limit": limit}
    if status:
        params["status"] = status
    with engine.connect() as conn:
        rows = conn.execute(text(build_query(surname, status, sort)), params)
        return [dict(row._mapping) for row in rows]
