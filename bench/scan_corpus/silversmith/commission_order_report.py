"""Monthly commission order report for the workshop manager, filterable by metal and maker."""

import csv
import io
from datetime import date

import psycopg

from workshop.config import settings

REPORT_COLUMNS = ["reference", "customer_name", "metal", "maker", "quoted_price", "status"]


class CommissionReport:
    def __init__(self, dsn: str = settings.DATABASE_DSN):
        self.dsn = dsn

    def _where(self, month: date, filters: dict[str, str]) -> str:
        conditions = [f"date_trunc('month', ordered_on) = '{month:%Y-%m-01}'"]
        for column, value in filters.items():
            conditions.append("{} = '{}'".format(column, value))
        return " AND ".join(conditions)

    def rows(self, month: date, filters: dict[str, str]) -> list[tuple]:
        query = (
            "SELECT reference, customer_name, metal, maker, quoted_price, status "
            "FROM commission_orders WHERE " + self._where(month, filters) + " ORDER BY ordered_on"
        )
        with psycopg.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(query)
            return cur.fetchall()

    def as_csv(self, month: date, filters: dict[str, str]) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(REPORT_COLUMNS)
        writer.writerows(self.rows(month, filters))
        return buffer.getvalue()


def report_from_query_params(params: dict[str, str]) -> str:
    month = date.fromisoformat(params.pop("month"))
    wanted = {key: val for key, val in params.items() if key in ("metal", "maker", "status")}
    return CommissionReport().as_csv(month, wanted)
