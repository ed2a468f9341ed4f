"""Reporting queries over the locker rental ledger for the operations dashboard.

Shift supervisors filter rentals by zone and status to find lockers that were
not returned before closing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class RentalFilter:
    day: date
    zone: str | None = None
    status: str | None = None


class LedgerSql:
    base = (
        "SELECT locker_id, wristband_id, zone, status, rented_at, returned_at "
        "FROM locker_rentals WHERE rented_at::date = :day"
    )

    @staticmethod
    def conditions(flt: RentalFilter) -> list[str]:
        parts: list[str] = []
        if flt.zone:
            parts.append(f"zone = '{flt.zone}'")
        if flt.status:
            parts.append(f"status = '{flt.status}'")
        return parts

    def statement(self, flt: RentalFilter) -> str:
        clauses = [self.base, *self.conditions(flt)]
        return " AND ".join(clauses) + " ORDER BY rented_at"


class LockerLedger:
    def __init__(self, engine: Engine, sql: LedgerSql | None = None) -> None:
        self.engine = engine
        self.sql = sql or LedgerSql()

    def rentals(self, flt: RentalFilter) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(text(self.sql.statement(flt)), {"day": flt.day})
            return [dict(r._mapping) for r in rows]

    def unreturned(self, day: date, zone: str | None = None) -> list[dict]:
        return self.rentals(RentalFilter(day=day, zone=zone, status="open"))


def dashboard_rows(dsn: str, day: str, zone: str | None, status: str | None) -> list[dict]:
    ledger = LockerLedger(create_engine(dsn))
    return ledger.rentals(RentalFilter(day=date.fromisoformat(day), zone=zone, status=status))
