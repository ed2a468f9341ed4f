"""Monthly consumption history for the billing portal, with user-selectable sort order."""
from datetime import date

import psycopg
from psycopg import sql

SORTABLE = {"period": "bill_period", "usage": "usage_kgal", "amount": "amount_due"}


def _history_query(sort_key: str, descending: bool) -> sql.Composed:
    column = SORTABLE.get(sort_key, "bill_period")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return sql.SQL(
        "SELECT bill_period, usage_kgal, amount_due FROM monthly_usage "
        "WHERE account_number = %s AND bill_period BETWEEN %s AND %s "
        "ORDER BY {} {}"
    ).format(sql.Identifier(column), direction)


def usage_history(
    conn: psycopg.Connection,
    account_number: str,
    start: date,
    end: date,
    sort_key: str = "period",
    descending: bool = True,
) -> list[tuple]:
    query = _history_query(sort_key, descending)
    with conn.cursor() as cur:
        cur.execute(query, (account_number, start, end))
        return cur.fetchall()


def average_daily_usage(conn: psycopg.Connection, account_number: str, months: int = 12) -> float:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT COALESCE(AVG(usage_kgal / NULLIF(days_in_period, 0)), 0) "
            "FROM monthly_usage WHERE account_number = %s "
            "AND bill_period >= (CURRENT_DATE - make_interval(months => %s))",
            (account_number, months),
        )
        return float(cur.fetchone()[0])
