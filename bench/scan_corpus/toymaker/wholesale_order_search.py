"""Back-office search over wholesale orders placed by toy shops and museum gift stores."""

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

from toyshop.config import settings

SEARCHABLE = {
    "retailer": "r.trading_name",
    "postcode": "r.postcode",
    "status": "o.status",
}


@dataclass
class OrderFilter:
    field: str
    term: str


def _where_clause(filters: list[OrderFilter], placed_after: date | None) -> tuple[str, list]:
    parts, params = [], []
    for flt in filters:
        column = SEARCHABLE.get(flt.field)
        if column is None:
            continue
        parts.append(f"{column} ILIKE '%{flt.term}%'")
    if placed_after is not None:
        parts.append("o.placed_at >= %s")
        params.append(placed_after)
    return (" AND ".join(parts) or "TRUE"), params


def search_orders(filters: list[OrderFilter], placed_after: date | None = None, limit: int = 50):
    where, params = _where_clause(filters, placed_after)
    sql = (
        "SELECT o.id, o.reference, o.status, o.total_net, r.trading_name "
        "FROM wholesale_order o JOIN retailer r ON r.id = o.retailer_id "
        f"WHERE {where} ORDER BY o.placed_at DESC LIMIT %s"
    )
    with psycopg.connect(settings.database_url, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(sql, [*params, limit])
            return cur.fetchall()


def search_from_query_args(args: dict) -> list[dict]:
    filters = [OrderFilter(field=k, term=v) for k, v in args.items() if k in SEARCHABLE and v]
    placed_after = date.fromisoformat(args["from"]) if args.get("from") else None
    return search_orders(filters, placed_after)
