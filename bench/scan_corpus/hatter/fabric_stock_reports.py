"""Monthly usage reports per fabric family, each family kept in its own ledger table."""
import csv
import io
from datetime import date

import pymysql

from hatter.config import settings

LEDGER_TABLES = {
    "felt": "ledger_felt",
    "straw": "ledger_straw",
    "sinamay": "ledger_sinamay",
    "trim": "ledger_trimmings",
}


class UsageReport:
    def __init__(self, family: str):
        if family not in LEDGER_TABLES:
            raise ValueError(f"unknown fabric family: {family}")
        self.table = LEDGER_TABLES[family]
        self.family = family

    def _rows(self, start: date, end: date) -> list[tuple]:
        sql = (
            f"SELECT sku, colour, SUM(metres_used) AS used, COUNT(DISTINCT order_id) AS orders "
            f"FROM {self.table} WHERE used_on BETWEEN %s AND %s "
            "GROUP BY sku, colour ORDER BY used DESC"
        )
        conn = pymysql.connect(**settings.MYSQL)
        try:
            with conn.cursor() as cur:
                cur.execute(sql, (start, end))
                return list(cur.fetchall())
        finally:
            conn.close()

    def to_csv(self, start: date, end: date) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["family", "sku", "colour", "metres_used", "orders"])
        for sku, colour, used, orders in self._rows(start, end):
            writer.writerow([self.family, sku, colour, f"{used:.2f}", orders])
        return buf.getvalue()


def monthly_reports(year: int, month: int) -> dict[str, str]:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return {family: UsageReport(family).to_csv(start, end) for family in LEDGER_TABLES}
