"""Monthly partitions of the excise duty ledger.

Each accounting period gets its own ledger partition table, named
``duty_ledger_YYYY_MM``. The period comes from the scheduler or from the
finance team's close-of-month screen.
"""
from datetime import date

import psycopg
from psycopg import sql

from bonded.settings import LEDGER_DSN


def partition_name(period: date) -> str:
    return f"duty_ledger_{period.year:04d}_{period.month:02d}"


def ensure_partition(conn: psycopg.Connection, period: date) -> None:
    start = period.replace(day=1)
    end = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    conn.execute(
        sql.SQL(
            "CREATE TABLE IF NOT EXISTS {} PARTITION OF duty_ledger "
            "FOR VALUES FROM ({}) TO ({})"
        ).format(sql.Identifier(partition_name(period)), sql.Literal(start), sql.Literal(end))
    )


def period_totals(period: date, product_code: str) -> dict:
    with psycopg.connect(LEDGER_DSN) as conn:
        ensure_partition(conn, period)
        query = sql.SQL(
            "SELECT SUM(lpa) AS lpa, SUM(duty_due) AS duty FROM {} WHERE product_code = %s"
        ).format(sql.Identifier(partition_name(period)))
        row = conn.execute(query, (product_code,)).fetchone()
    return {"period": period.isoformat(), "product_code": product_code,
            "lpa": row[0] or 0, "duty": row[1] or 0}
