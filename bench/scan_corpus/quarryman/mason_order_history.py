"""Order history for stonemasons in the customer portal.

Masons can review past block orders, filter by stone bed and sort by any
column. Columns are chosen from a fixed list shown in the portal table.
"""

import os
from datetime import date

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

SORT_COLUMNS = frozenset({"ordered_on", "order_no", "bed", "volume_m3", "total_pence"})
PAGE_SIZE = 25


def _connection() -> psycopg.Connection:
    return psycopg.connect(os.environ["PORTAL_DB_DSN"], row_factory=dict_row)


def order_history(mason_id: int, bed: str | None = None, sort: str = "ordered_on",
                  descending: bool = True, page: int = 1,
                  since: date | None = None) -> list[dict]:
    if sort not in SORT_COLUMNS:
        sort = "ordered_on"
    filters = [sql.SQL("mason_id = %(mason)s")]
    params: dict = {"mason": mason_id, "limit": PAGE_SIZE, "offset": (max(page, 1) - 1) * PAGE_SIZE}
    if bed:
        filters.append(sql.SQL("bed = %(bed)s"))
        params["bed"] = bed
    if since:
        filters.append(sql.SQL("ordered_on >= %(since)s"))
        params["since"] = since
    query = sql.SQL(
        "SELECT order_no, ordered_on, bed, finish, volume_m3, total_pence, status "
        "FROM mason_orders WHERE {where} ORDER BY {column} {direction} "
        "LIMIT %(limit)s OFFSET %(offset)s"
    ).format(
        where=sql.SQL(" AND ").join(filters),
        column=sql.Identifier(sort),
        direction=sql.SQL("DESC" if descending else "ASC"),
    )
    with _connection() as conn:
        return conn.execute(query, params).fetchall()
