"""Aggregate counts for the registry's monthly operational report."""
from __future__ import annotations

from datetime import date
from typing import Literal

from sqlalchemy import text
from sqlalchemy.engine import Connection

ReportKind = Literal["registrations", "withdrawals", "retrievals", "transplants"]

REPORT_TABLES: dict[str, tuple[str, str]] = {
    "registrations": ("consent_registrations", "registered_on"),
    "withdrawals": ("consent_withdrawals", "withdrawn_on"),
    "retrievals": ("organ_retrievals", "retrieved_on"),
    "transplants": ("transplant_outcomes", "transplanted_on"),
}


def _source(kind: ReportKind) -> tuple[str, str]:
    if kind not in REPORT_TABLES:
        raise ValueError(f"unsupported report kind: {kind!r}")
    return REPORT_TABLES[kind]


def monthly_counts(conn: Connection, kind: ReportKind, start: date, end: date,
                   region: str | None = None) -> list[tuple[str, int]]:
    table, date_column = _source(kind)
    region_filter = "AND region_code = :region" if region else ""
    stmt = text(
        f"SELECT to_char({date_column}, 'YYYY-MM') AS month, count(*) "
        f"FROM {table} WHERE {date_column} >= :start AND {date_column} < :end {region_filter} "
        "GROUP BY month ORDER BY month"
    )
    params = {"start": start, "end": end, **({"region": region} if region else {})}
    return [(row.month, row.count) for row in conn.execute(stmt, params)]


def report_bundle(conn: Connection, start: date, end: date,
                  region: str | None = None) -> dict[str, list[tuple[str, int]]]:
    return {kind: monthly_counts(conn, kind, start, end, region) for kind in REPORT_TABLES}
