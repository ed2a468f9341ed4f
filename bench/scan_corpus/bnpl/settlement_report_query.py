"""Queries behind the merchant portal's settlement report table.

Sorting and filtering come straight from the portal's table component, so the
sort column is mapped through a fixed whitelist and every value is bound.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORTABLE_COLUMNS = {
    "paid_at": "s.paid_at",
    "gross": "s.gross_minor",
    "fees": "s.fee_minor",
    "net": "s.net_minor",
    "orders": "s.order_count",
}
DEFAULT_SORT = "paid_at"

_BASE_QUERY = """
SELECT s.id, s.paid_at, s.currency, s.order_count, s.gross_minor, s.fee_minor, s.net_minor, s.bank_reference
FROM merchant_settlements s
WHERE s.merchant_id = :merchant_id
  AND s.paid_at >= :date_from
  AND s.paid_at < :date_to
"""


def build_settlement_query(sort: str | None, descending: bool, with_currency: bool):
    column = SORTABLE_COLUMNS.get(sort or DEFAULT_SORT, SORTABLE_COLUMNS[DEFAULT_SORT])
    direction = "DESC" if descending else "ASC"
    sql = _BASE_QUERY
    if with_currency:
        sql += "  AND s.currency = :currency\n"
    sql += f"ORDER BY {column} {direction}, s.id {direction}\nLIMIT :limit OFFSET :offset"
    return text(sql)


def fetch_settlements(
    conn: Connection,
    merchant_id: int,
    date_from: date,
    date_to: date,
    *,
    currency: str | None = None,
    sort: str | None = None,
    descending: bool = True,
    page: int = 1,
    page_size: int = 50,
) -> list[dict]:
    page_size = max(1, min(page_size, 200))
    query = build_settlement_query(sort, descending, currency is not None)
    params = {
        "merchant_id": merchant_id,
        "date_from": date_from,
        "date_to": date_to,
        "limit": page_size,
        "offset": (max(page, 1) - 1) * page_size,
    }
    if currency is not None:
        params["currency"] = currency
    return [dict(row._mapping) for row in conn.execute(query, params)]
