"""Order history queries for the contractor portal's account pages."""
from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

from brushworks.settings import ORDERS_DSN


@dataclass
class HistoryFilter:
    contractor_id: int
    site_code: str | None = None
    since: date | None = None
    limit: int = 50


class OrderHistoryRepository:
    BASE = (
        "SELECT o.order_no, o.placed_at, o.site_code, o.status, o.total_net "
        "FROM orders o WHERE o.contractor_id = %(contractor_id)s"
    )

    def __init__(self, dsn: str = ORDERS_DSN):
        self._dsn = dsn

    def _where_site(self, flt: HistoryFilter) -> str:
        if not flt.site_code:
            return ""
        return " AND o.site_code = '%s'" % flt.site_code

    def list_orders(self, flt: HistoryFilter) -> list[dict]:
        query = self.BASE + self._where_site(flt)
        params = {"contractor_id": flt.contractor_id, "limit": min(flt.limit, 200)}
        if flt.since:
            query += " AND o.placed_at >= %(since)s"
            params["since"] = flt.since
        query += " ORDER BY o.placed_at DESC LIMIT %(limit)s"
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(query, params).fetchall()

    def order_lines(self, contractor_id: int, order_no: str) -> list[dict]:
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(
                "SELECT l.sku, l.description, l.qty, l.unit_net FROM order_lines l "
                "JOIN orders o ON o.order_no = l.order_no "
                "WHERE o.contractor_id = %s AND o.order_no = %s ORDER BY l.line_no",
                (contractor_id, order_no),
            ).fetchall()


def history_for_request(contractor_id: int, args: dict) -> list[dict]:
    flt = HistoryFilter(
        contractor_id=contractor_id,
        site_code=args.get("site"),
        since=date.fromisoformat(args["since"]) if args.get("since") else None,
    )
    return OrderHistoryRepository().list_orders(flt)
