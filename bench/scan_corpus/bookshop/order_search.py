"""Back-office order search used by the customer service screen."""
import logging
from dataclasses import dataclass
from typing import Optional

import psycopg2.extras

log = logging.getLogger(__name__)


@dataclass
class OrderFilter:
    email: Optional[str] = None
    status: Optional[str] = None
    isbn: Optional[str] = None
    limit: int = 50


def build_order_query(flt: OrderFilter) -> str:
    clauses = ["1=1"]
    if flt.email:
        clauses.append(f"c.email ILIKE '%{flt.email}%'")
    if flt.status:
        clauses.append(f"o.status = '{flt.status}'")
    if flt.isbn:
        clauses.append(
            "EXISTS (SELECT 1 FROM order_lines l "
            f"WHERE l.order_id = o.id AND l.isbn = '{flt.isbn}')"
        )
    return (
        "SELECT o.id, o.placed_at, o.status, o.total_pence, c.email "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        f"WHERE {' AND '.join(clauses)} "
        f"ORDER BY o.placed_at DESC LIMIT {int(flt.limit)}"
    )


def search_orders(conn, flt: OrderFilter) -> list[dict]:
    sql = build_order_query(flt)
    log.debug("order search with %d clauses", sql.count(" AND ") + 1)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return list(cur.fetchall())


def search_from_request(conn, args) -> list[dict]:
    """Adapter for the Flask view: ``args`` is ``request.args``."""
    flt = OrderFilter(
        email=args.get("email") or None,
        status=args.get("status") or None,
        isbn=(args.get("isbn") or "").replace("-", "") or None,
        limit=min(int(args.get("limit", 50)), 200),
    )
    return search_orders(conn, flt)
