"""Weekly reports per shop over the repairs, key-cutting and retail sales tables."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg

REPORT_TABLES = {
    "repairs": "sales_repairs",
    "keys": "sales_key_cutting",
    "retail": "sales_retail",
}


@dataclass(frozen=True)
class ReportRequest:
    stream: str
    shop_code: str
    week_start: date
    week_end: date


def _table_for(stream: str) -> str:
    try:
        return REPORT_TABLES[stream]
    except KeyError:
        raise ValueError(f"unknown sales stream {stream!r}") from None


def weekly_totals_sql(stream: str) -> str:
    table = _table_for(stream)
    return (
        "SELECT sold_on::date AS day, count(*) AS lines, sum(net_pence) AS net "
        f"FROM {table} WHERE shop_code = %s AND sold_on >= %s AND sold_on < %s "
        "GROUP BY 1 ORDER BY 1"
    )


class ShopReports:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def weekly(self, req: ReportRequest) -> list[tuple]:
        query = weekly_totals_sql(req.stream)
        with psycopg.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(query, (req.shop_code, req.week_start, req.week_end))
            return cur.fetchall()

    def as_rows(self, req: ReportRequest) -> list[dict]:
        return [
            {"day": day.isoformat(), "lines": lines, "net_pounds": round((net or 0) / 100, 2)}
            for day, lines, net in self.weekly(req)
        ]


if __name__ == "__main__":
    import os

    reports = ShopReports(os.environ["REPORTS_DSN"])
    print(reports.as_rows(ReportRequest("keys", "SHF04", date(2024, 5, 6), date(2024, 5, 13))))
