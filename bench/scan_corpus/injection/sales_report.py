"""Monthly sales figures from the reporting replica."""
import datetime as dt

import pymysql
import pymysql.cursors

from reporting.config import settings

CHANNEL_TOTALS = """
    SELECT region, SUM(amount) AS revenue, COUNT(*) AS orders
    FROM sales
    WHERE sold_at >= %(start)s AND sold_at < %(end)s AND channel = %(channel)s
    GROUP BY region
    ORDER BY revenue DESC
"""


def _connect():
    return pymysql.connect(
        host=settings.REPORT_DB_HOST,
        user=settings.REPORT_DB_USER,
        password=settings.REPORT_DB_PASSWORD,
        database="reporting",
        cursorclass=pymysql.cursors.DictCursor,
    )


def channel_totals(year: int, month: int, channel: str):
    start = dt.date(year, month, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    conn = _connect()
    try:
        with conn.cursor() as cur:
            cur.execute(CHANNEL_TOTALS, {"start": start, "end": end, "channel": channel})
            return cur.fetchall()
    finally:
        conn.close()


def handle_report_request(params: dict):
    """Entry point used by the /reports/channels API handler."""
    return channel_totals(int(params["year"]), int(params["month"]), params.get("channel", "web"))
