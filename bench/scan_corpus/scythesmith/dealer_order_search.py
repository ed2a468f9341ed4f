"""Order search for the dealer back office.

Back-office staff filter dealer orders by dealer, steel grade, blade
length and status from the order search screen.
"""
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

from scythesmith.config import settings

bp = Blueprint("order_search", __name__, url_prefix="/backoffice/orders")

FILTERABLE = ("dealer_code", "steel_grade", "status")


@dataclass
class OrderFilter:
    criteria: dict
    limit: int = 100

    @classmethod
    def from_args(cls, args) -> "OrderFilter":
        criteria = {name: args[name] for name in FILTERABLE if args.get(name)}
        if args.get("min_blade_cm"):
            criteria["min_blade_cm"] = args["min_blade_cm"]
        return cls(criteria=criteria, limit=min(int(args.get("limit", 100)), 500))

    def where_clause(self) -> str:
        parts = []
        for column, value in self.criteria.items():
            if column == "min_blade_cm":
                parts.append(f"o.blade_length_cm >= {value}")
            else:
                parts.append(f"o.{column} = '{value}'")
        return " AND ".join(parts) if parts else "TRUE"


def search_orders(order_filter: OrderFilter) -> list[dict]:
    sql = (
        "SELECT o.number, o.dealer_code, o.steel_grade, o.blade_length_cm, o.status, o.placed_at "
        "FROM dealer_orders o WHERE " + order_filter.where_clause() +
        " ORDER BY o.placed_at DESC LIMIT %s"
    )
    with psycopg.connect(settings.DATABASE_DSN, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(sql, (order_filter.limit,))
            return cur.fetchall()


@bp.get("/search")
def search():
    rows = search_orders(OrderFilter.from_args(request.args))
    for row in rows:
        row["placed_at"] = row["placed_at"].isoformat()
    return jsonify(results=rows, count=len(rows))
