"""Search of invoices in the tariff portal, scoped to one housing association."""
from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class InvoiceSearch:
    searchable = {"address": "delivery_address", "building": "building_code", "invoice": "invoice_no"}
    page_size = 25

    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def _query(self, field: str) -> sql.Composed:
        column = self.searchable.get(field)
        if column is None:
            raise ValueError(f"cannot search on {field!r}")
        return sql.SQL(
            "SELECT invoice_no, building_code, delivery_address, period, amount_eur "
            "FROM invoice WHERE association_id = %s AND {col} ILIKE %s ESCAPE '\\' "
            "ORDER BY period DESC LIMIT %s OFFSET %s"
        ).format(col=sql.Identifier(column))

    def search(self, association_id: int, field: str, term: str, page: int = 0) -> list[dict[str, Any]]:
        params = (association_id, like_pattern(term), self.page_size, max(page, 0) * self.page_size)
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            return conn.execute(self._query(field), params).fetchall()


def search_view(request, searcher: InvoiceSearch) -> dict:
    """Flask-style handler; association comes from the logged-in portal user."""
    results = searcher.search(
        association_id=request.user.association_id,
        field=request.args.get("field", "address"),
        term=request.args.get("q", ""),
        page=int(request.args.get("page", "0")),
    )
    return {"results": results}
