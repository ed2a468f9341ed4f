"""Sales rollups per store for the weekly manager email.

Daily, weekly and monthly aggregates live in separate summary tables that
are refreshed by the overnight job.
"""
import sqlite3
from datetime import date

from cobbler.config import settings

ROLLUP_TABLES = {
    "day": "sales_daily",
    "week": "sales_weekly",
    "month": "sales_monthly",
}


class SalesRollup:
    def __init__(self, db_path: str = settings.REPORTING_DB_PATH):
        self.conn = sqlite3.connect(db_path)

    def _table_for(self, period: str) -> str:
        try:
            return ROLLUP_TABLES[period]
        except KeyError:
            raise ValueError(f"unsupported period {period!r}") from None

    def totals(self, store_code: str, period: str, since: date) -> list[tuple]:
        table = self._table_for(period)
        sql = (
            f"SELECT bucket_start, repairs_count, revenue_cents FROM {table} "
            "WHERE store_code = ? AND bucket_start >= ? ORDER BY bucket_start"
        )
        return self.conn.execute(sql, (store_code, since.isoformat())).fetchall()

    def best_job_types(self, store_code: str, period: str, since: date, top: int = 5) -> list[tuple]:
        table = self._table_for(period)
        sql = (
            f"SELECT job_type, SUM(revenue_cents) AS revenue FROM {table}_by_job "
            "WHERE store_code = ? AND bucket_start >= ? "
            "GROUP BY job_type ORDER BY revenue DESC LIMIT ?"
        )
        return self.conn.execute(sql, (store_code, since.isoformat(), top)).fetchall()

    def close(self) -> None:
        self.conn.close()
