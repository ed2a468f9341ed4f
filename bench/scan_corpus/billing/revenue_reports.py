"""Monthly recurring revenue reports for the finance dashboard."""
from datetime import date

import psycopg2.extras

from billing.db import pool

BASE_QUERY = """
    SELECT p.code AS plan, date_trunc('month', i.issued_at) AS month,
           SUM(i.amount_minor) / 100.0 AS revenue
    FROM invoices i
    JOIN subscriptions s ON s.id = i.subscription_id
    JOIN plans p ON p.id = s.plan_id
    WHERE i.status = 'paid'
"""


def build_mrr_query(start: date, end: date, plan_code: str | None = None) -> str:
    sql = BASE_QUERY + f" AND i.issued_at >= '{start}' AND i.issued_at < '{end}'"
    if plan_code:
        sql += " AND p.code = '" + plan_code + "'"
    return sql + " GROUP BY 1, 2 ORDER BY 2, 1"


def run_report(sql: str) -> list[dict]:
    conn = pool.getconn()
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql)
            return cur.fetchall()
    finally:
        pool.putconn(conn)


def mrr_by_plan(start: date, end: date, plan_code: str | None = None) -> list[dict]:
    return run_report(build_mrr_query(start, end, plan_code))
