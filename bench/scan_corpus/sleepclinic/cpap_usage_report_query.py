"""Queries behind the 90-day CPAP compliance report.

Insurers require at least 4 hours of use on 70% of nights in a consecutive
30-day window within the first 90 days. The report reads from one of two
warehouse tables depending on whether the data came from the modem feed or
an SD card download.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.engine import Engine

USAGE_TABLES = {
    "modem": "cpap_usage_modem",
    "sdcard": "cpap_usage_sdcard",
}
COMPLIANT_MINUTES = 240


@dataclass
class ComplianceWindow:
    start: date
    nights: int
    compliant_nights: int

    @property
    def compliant(self) -> bool:
        return self.nights >= 30 and self.compliant_nights / self.nights >= 0.7


def usage_by_night(engine: Engine, patient_id: int, source: str, since: date) -> dict[date, int]:
    table = USAGE_TABLES[source]
    stmt = text(
        f"SELECT session_date, SUM(usage_minutes) AS minutes FROM {table} "
        "WHERE patient_id = :patient_id AND session_date >= :since "
        "GROUP BY session_date"
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"patient_id": patient_id, "since": since})
        return {r.session_date: int(r.minutes) for r in rows}


def best_window(usage: dict[date, int], therapy_start: date) -> ComplianceWindow | None:
    best: ComplianceWindow | None = None
    for offset in range(0, 61):
        start = therapy_start + timedelta(days=offset)
        nights = [start + timedelta(days=i) for i in range(30)]
        compliant = sum(1 for d in nights if usage.get(d, 0) >= COMPLIANT_MINUTES)
        window = ComplianceWindow(start=start, nights=30, compliant_nights=compliant)
        if best is None or window.compliant_nights > best.compliant_nights:
            best = window
    return best


def compliance_for(engine: Engine, patient_id: int, source: str, therapy_start: date):
    if source not in USAGE_TABLES:
        raise ValueError(f"unknown usage source {source!r}")
    usage = usage_by_night(engine, patient_id, source, therapy_start)
    return best_window(usage, therapy_start)
