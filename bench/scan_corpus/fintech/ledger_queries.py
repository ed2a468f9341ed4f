"""Query helpers behind the finance team's ledger explorer."""
from __future__ import annotations

from datetime import date

from psycopg2 import sql

SORTABLE_COLUMNS = {
    "date": "entry_date",
    "amount": "amount_minor",
    "created": "created_at",
}


def build_entries_query(sort: str = "date", descending: bool = False) -> sql.Composed:
    column = SORTABLE_COLUMNS.get(sort)
    if column is None:
        raise ValueError(f"unsupported sort key: {sort}")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return sql.SQL(
        "SELECT id, entry_date, amount_minor, currency, memo "
        "FROM ledger_entries "
        "WHERE account_id = %s AND entry_date BETWEEN %s AND %s "
        "ORDER BY {column} {direction} "
        "LIMIT %s OFFSET %s"
    ).format(column=sql.Identifier(column), direction=direction)


def fetch_entries(conn, account_id: str, start: date, end: date, *, sort: str = "date",
                  descending: bool = False, page: int = 1, page_size: int = 100) -> list[tuple]:
    page_size = max(1, min(page_size, 500))
    offset = (max(page, 1) - 1) * page_size
    query = build_entries_query(sort, descending)
    with conn.cursor() as cur:
        cur.execute(query, (account_id, start, end, page_size, offset))
        return cur.fetchall()


def account_summary(conn, account_id: str) -> dict:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT COUNT(*), COALESCE(SUM(amount_minor), 0) FROM ledger_entries WHERE account_id = %s",
            (account_id,),
        )
        count, net = cur.fetchone()
    return {"account_id": account_id, "entries": count, "net_minor": int(net)}
