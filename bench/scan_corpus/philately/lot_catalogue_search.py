"""Search backend for the public lot catalogue (country, catalogue number, condition)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import psycopg2.extras

CONDITIONS = ("MNH", "MH", "Used", "On cover")


@dataclass
class CatalogueQuery:
    sale_code: str
    country: Optional[str] = None
    sg_number: Optional[str] = None
    condition: Optional[str] = None
    max_estimate: Optional[int] = None
    page: int = 1
    per_page: int = 50


def _filters(query: CatalogueQuery) -> list[str]:
    clauses = [f"sale_code = '{query.sale_code}'"]
    if query.country:
        clauses.append(f"country ILIKE '%{query.country}%'")
    if query.sg_number:
        clauses.append(f"sg_number = '{query.sg_number}'")
    if query.condition in CONDITIONS:
        clauses.append(f"condition = '{query.condition}'")
    if query.max_estimate is not None:
        clauses.append(f"estimate_gbp <= {int(query.max_estimate)}")
    return clauses


class LotCatalogue:
    def __init__(self, conn) -> None:
        self.conn = conn

    def search(self, query: CatalogueQuery) -> list[dict[str, Any]]:
        where = " AND ".join(_filters(query))
        offset = (max(query.page, 1) - 1) * query.per_page
        sql = (
            "SELECT lot_number, country, sg_number, condition, description, estimate_gbp "
            f"FROM lots WHERE {where} ORDER BY lot_number LIMIT %s OFFSET %s"
        )
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, (query.per_page, offset))
            return list(cur.fetchall())


def query_from_args(args: dict[str, str]) -> CatalogueQuery:
    return CatalogueQuery(
        sale_code=args["sale"],
        country=args.get("country"),
        sg_number=args.get("sg"),
        condition=args.get("condition"),
        max_estimate=int(args["max"]) if args.get("max") else None,
        page=int(args.get("page", 1)),
    )
