"""Monthly duty and fee ledger report per port of entry."""
from __future__ import annotations

import csv
import io
from datetime import date

import psycopg2


class DutyLedgerReport:
    TEMPLATE = """
        SELECT entry_number, importer_of_record, duty_amount, mpf_amount, hmf_amount
        FROM duty_ledger
        WHERE port_code = '%(port)s'
          AND entry_date >= '%(start)s' AND entry_date < '%(end)s'
        ORDER BY entry_date, entry_number
    """

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    @staticmethod
    def _period(year: int, month: int) -> dict[str, str]:
        start = date(year, month, 1)
        end = date(year + (month == 12), month % 12 + 1, 1)
        return {"start": start.isoformat(), "end": end.isoformat()}

    def rows(self, port: str, year: int, month: int) -> list[tuple]:
        sql = self.TEMPLATE % {"port": port, **self._period(year, month)}
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall()

    def as_csv(self, port: str, year: int, month: int) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["entry_number", "importer", "duty", "mpf", "hmf"])
        totals = [0, 0, 0]
        for entry, importer, duty, mpf, hmf in self.rows(port, year, month):
            writer.writerow([entry, importer, duty, mpf, hmf])
            totals = [totals[0] + duty, totals[1] + mpf, totals[2] + hmf]
        writer.writerow(["TOTAL", "", *totals])
        return buf.getvalue()


def handle_report_request(params: dict[str, str], dsn: str) -> str:
    report = DutyLedgerReport(dsn)
    return report.as_csv(params["port"], int(params["year"]), int(params["month"]))
