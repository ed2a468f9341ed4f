"""Search outbound shipments for the dispatch office.

Dispatchers filter loaded trailers by customer, status and destination
country when chasing proof-of-delivery paperwork.
"""
from __future__ import annotations

import os
from datetime import date
from typing import Iterable, Sequence

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

engine: Engine = create_engine(os.environ["DISPATCH_DB_URL"], pool_pre_ping=True)

BASE_QUERY = """
SELECT s.shipment_no, s.customer_code, s.trailer_reg, s.status,
       s.destination_country, s.loaded_on, s.pallet_count
FROM shipments s
WHERE s.loaded_on >= :since
"""


def _in_list(column: str, values: Iterable[str]) -> str:
    quoted = "', '".join(v.strip().upper() for v in values)
    return f" AND {column} IN ('{quoted}')"


def build_search(
    since: date,
    customer: str | None = None,
    status: str | None = None,
    countries: Sequence[str] = (),
) -> tuple[str, dict]:
    sql = BASE_QUERY
    params: dict = {"since": since}
    if customer:
        sql += " AND s.customer_code = :customer"
        params["customer"] = customer
    if status:
        sql += " AND s.status = :status"
        params["status"] = status
    if countries:
        sql += _in_list("s.destination_country", countries)
    sql += " ORDER BY s.loaded_on DESC LIMIT 500"
    return sql, params


def search_shipments(since: date, **filters) -> list[dict]:
    sql, params = build_search(since, **filters)
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return [dict(r) for r in rows]


def handle_request(args: dict) -> list[dict]:
    """Entry point used by the dispatch web view with the raw query args."""
    since = date.fromisoformat(args.get("since", date.today().isoformat()))
    countries = [c for c in args.get("countries", "").split(",") if c]
    return search_shipments(
        since,
        customer=args.get("customer") or None,
        status=args.get("status") or None,
        countries=countries,
    )
