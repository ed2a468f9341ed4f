"""Monthly sales report queries against the reporting replica."""
import datetime as dt

import pymysql
import pymysql.cursors

from reporting.config import settings

REGION_TOTALS = (
    "SELECT region, SUM(amount) AS revenue, COUNT(*) AS orders "
    "FROM sales WHERE sold_at >= '{start}' AND sold_at < '{end}' "
    "AND channel = '{channel}' GROUP BY region ORDER BY revenue DESC"
)


def _connect():
    return pymysql.connect(
        host=settings.REPORT_DB_HOST,
        user=settings.REPORT_DB_USER,
        password=settings.REPORT_DB_PASSWORD,
        database="reporting",
        cursorclass=pymysql.cursors.DictCursor,
    )


def region_totals(year: int, month: int, channel: str):
    start = dt.date(year, month, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    sql = REGION_TOTALS.format(start=start, end=end, channel=channel)
    conn = _connect()
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall()
    finally:
        conn.close()


def handle_report_request(params: dict):
    """Entry point used by the /reports/regions API handler."""
    return region_totals(
        int(params["year"]),
        int(params["month"]),
        params.get("channel", "web"),
    )
