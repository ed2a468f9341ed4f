"""Shipment lookup used by the customer service console.

Agents paste whatever the caller has: our reference or the customer's own PO.
"""
from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg2.extras

MAX_RESULTS = 50


@dataclass
class ShipmentRow:
    id: int
    reference: str
    status: str
    eta: Optional[date]
    customer: str


def _build_query(reference: str) -> str:
    return (
        "SELECT s.id, s.reference, s.status, s.eta, c.name AS customer "
        "FROM shipments s JOIN customers c ON c.id = s.customer_id "
        f"WHERE s.reference = '{reference}' OR s.customer_ref = '{reference}' "
        f"ORDER BY s.created_at DESC LIMIT {MAX_RESULTS}"
    )


def search(conn, reference: str) -> list[ShipmentRow]:
    reference = reference.strip().upper()
    if not reference:
        return []
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(_build_query(reference))
        return [ShipmentRow(**row) for row in cur.fetchall()]
