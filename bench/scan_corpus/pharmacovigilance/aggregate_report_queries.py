"""Line-listing queries for aggregate reports (PSUR/PBRER, DSUR, PADER)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

import psycopg2
import psycopg2.extras


@dataclass(frozen=True)
class ReportingPeriod:
    start: date
    end: date


class LineListingQuery:
    sources: ClassVar[dict[str, str]] = {
        "psur": "ll_postmarketing_cases",
        "dsur": "ll_clinical_trial_cases",
        "pader": "ll_us_periodic_cases",
    }
    template: ClassVar[str] = (
        "SELECT case_number, product_name, pt_name, seriousness, outcome, receipt_date "
        "FROM {table} "
        "WHERE receipt_date BETWEEN %(start)s AND %(end)s "
        "AND product_family = %(family)s "
        "ORDER BY receipt_date, case_number"
    )

    def __init__(self, report_type: str) -> None:
        if report_type not in self.sources:
            raise ValueError(f"unknown report type {report_type!r}")
        self.report_type = report_type

    @property
    def sql(self) -> str:
        return self.template.format(table=self.sources[self.report_type])

    def params(self, period: ReportingPeriod, family: str) -> dict:
        return {"start": period.start, "end": period.end, "family": family}


class AggregateReportData:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def line_listing(self, report_type: str, family: str, period: ReportingPeriod) -> list[dict]:
        query = LineListingQuery(report_type)
        with psycopg2.connect(self.dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(query.sql, query.params(period, family))
                return cur.fetchall()

    def cumulative_counts(self, report_type: str, family: str, period: ReportingPeriod) -> dict:
        rows = self.line_listing(report_type, family, period)
        serious = sum(1 for r in rows if r["seriousness"] == "Y")
        return {"total": len(rows), "serious": serious, "non_serious": len(rows) - serious}
