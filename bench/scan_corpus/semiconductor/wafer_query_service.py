"""Query helpers behind the wafer search page of the yield portal.

Users filter by product, date range and test step, and can sort by any of
the displayed columns.
"""
from __future__ import annotations

from datetime import date

from psycopg2 import sql

SORTABLE = {"lot_id", "wafer_no", "test_end", "yield_pct", "good_die"}
DEFAULT_SORT = "test_end"


def build_wafer_search(product: str, start: date, end: date, step: str | None,
                       sort_by: str = DEFAULT_SORT, descending: bool = True):
    column = sort_by if sort_by in SORTABLE else DEFAULT_SORT
    clauses = [sql.SQL("product = %s"), sql.SQL("test_end >= %s"), sql.SQL("test_end < %s")]
    params: list = [product, start, end]
    if step:
        clauses.append(sql.SQL("test_step = %s"))
        params.append(step)

    query = sql.SQL(
        "SELECT lot_id, wafer_no, test_step, test_end, yield_pct, good_die "
        "FROM yield.wafer_summary WHERE {where} ORDER BY {col} {direction} LIMIT 500"
    ).format(
        where=sql.SQL(" AND ").join(clauses),
        col=sql.Identifier(column),
        direction=sql.SQL("DESC" if descending else "ASC"),
    )
    return query, params


def search_wafers(conn, **filters) -> list[tuple]:
    query, params = build_wafer_search(**filters)
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()
