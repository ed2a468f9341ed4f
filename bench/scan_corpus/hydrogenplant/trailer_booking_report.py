"""Monthly filling-bay utilisation report per haulier for the logistics team."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from typing import Mapping, Optional

import psycopg2

REPORT_SQL = """
    SELECT b.haulier_code, COUNT(*) AS fills, SUM(f.kg_dispensed) AS kg
    FROM bookings b JOIN fills f ON f.booking_id = b.id
    WHERE {clause}
    GROUP BY b.haulier_code
    ORDER BY kg DESC
"""


@dataclass(frozen=True)
class ReportFilter:
    date_from: date
    date_to: date
    haulier: Optional[str] = None

    @classmethod
    def from_query(cls, args: Mapping[str, str]) -> "ReportFilter":
        return cls(
            date_from=date.fromisoformat(args["from"]),
            date_to=date.fromisoformat(args["to"]),
            haulier=args.get("haulier") or None,
        )

    def clause(self) -> str:
        parts = ["b.slot_date BETWEEN %s AND %s"]
        if self.haulier:
            parts.append("b.haulier_code = '" + self.haulier + "'")
        return " AND ".join(parts)

    def params(self) -> tuple:
        return (self.date_from, self.date_to)


class UtilisationReport:
    def __init__(self, dsn: Optional[str] = None) -> None:
        self.dsn = dsn or os.environ["LOGISTICS_DSN"]

    def rows(self, flt: ReportFilter) -> list[tuple]:
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(REPORT_SQL.format(clause=flt.clause()), flt.params())
            return cur.fetchall()

    def as_csv(self, flt: ReportFilter) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["haulier", "fills", "kg_dispensed"])
        writer.writerows(self.rows(flt))
        return buf.getvalue()


def handle_report_request(query: Mapping[str, str]) -> tuple[int, str]:
    try:
        flt = ReportFilter.from_query(query)
    except (KeyError, ValueError):
        return 400, "from and to must be ISO dates"
    return 200, UtilisationReport().as_csv(flt)
