"""Transaction history for the teller screen, with sortable columns.

Sort column and direction come from the UI; they are mapped through an
allow-list and composed as identifiers, never as values.
"""
from __future__ import annotations

from datetime import date

from psycopg2 import sql

SORTABLE = {
    "date": "booking_date",
    "amount": "amount",
    "reference": "reference",
}
PAGE_SIZE = 25


def history_query(sort: str = "date", descending: bool = True) -> sql.Composed:
    column = SORTABLE.get(sort, "booking_date")
    direction = sql.SQL("DESC" if descending else "ASC")
    return sql.SQL(
        "SELECT booking_date, value_date, amount, currency, reference, counterparty "
        "FROM transactions WHERE account_no = %s AND booking_date BETWEEN %s AND %s "
        "ORDER BY {col} {dir} LIMIT %s OFFSET %s"
    ).format(col=sql.Identifier(column), dir=direction)


def fetch_history(conn, account_no: str, start: date, end: date, *, sort="date", descending=True, page=0):
    query = history_query(sort, descending)
    with conn.cursor() as cur:
        cur.execute(query, (account_no, start, end, PAGE_SIZE, page * PAGE_SIZE))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
