"""Offer search for the sales negotiator dashboard.

Negotiators filter offers by status, branch and minimum amount. The query
is assembled here and executed against the reporting replica.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import psycopg2
import psycopg2.extras

BASE_QUERY = """
    SELECT o.id, o.amount, o.status, o.created_at, p.address_line1, b.name AS buyer
    FROM offers o
    JOIN properties p ON p.id = o.property_id
    JOIN buyers b ON b.id = o.buyer_id
"""


@dataclass
class OfferFilter:
    status: str | None = None
    branch: str | None = None
    min_amount: Decimal | None = None
    limit: int = 100


def build_offer_query(flt: OfferFilter) -> str:
    clauses = []
    if flt.status:
        clauses.append(f"o.status = '{flt.status}'")
    if flt.branch:
        clauses.append(f"p.branch_code = '{flt.branch}'")
    if flt.min_amount is not None:
        clauses.append(f"o.amount >= {Decimal(flt.min_amount)}")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return f"{BASE_QUERY}{where} ORDER BY o.created_at DESC LIMIT {int(flt.limit)}"


class OfferRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def search(self, flt: OfferFilter) -> list[dict]:
        sql = build_offer_query(flt)
        with psycopg2.connect(self._dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(sql)
                return list(cur.fetchall())


def search_from_request(repo: OfferRepository, args: dict) -> list[dict]:
    flt = OfferFilter(
        status=args.get("status"),
        branch=args.get("branch"),
        min_amount=Decimal(args["min_amount"]) if args.get("min_amount") else None,
    )
    return repo.search(flt)
