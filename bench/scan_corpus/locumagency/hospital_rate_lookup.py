"""Look up the agreed hourly charge rate for a trust, grade and shift band.

Rates come from the framework price list each trust signs with the agency.
The lookup is used by the booking screen and by invoice generation.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal


@dataclass(frozen=True)
class Rate:
    trust_code: str
    grade: str
    band: str
    charge_per_hour: Decimal
    pay_per_hour: Decimal


def shift_band(start: datetime) -> str:
    if start.weekday() >= 5:
        return "weekend"
    if start.time() >= time(20, 0) or start.time() < time(8, 0):
        return "night"
    return "day"


class RateCard:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path, detect_types=sqlite3.PARSE_DECLTYPES)

    def lookup(self, trust_code: str, grade: str, start: datetime) -> Rate | None:
        band = shift_band(start)
        row = self._conn.execute(
            "SELECT charge_per_hour, pay_per_hour FROM rate_card "
            "WHERE trust_code = ? AND grade = ? AND band = ? AND valid_from <= ? "
            "ORDER BY valid_from DESC LIMIT 1",
            (trust_code, grade, band, start.date().isoformat()),
        ).fetchone()
        if row is None:
            return None
        return Rate(trust_code, grade, band, Decimal(str(row[0])), Decimal(str(row[1])))

    def margin(self, trust_code: str, grade: str, start: datetime, hours: Decimal) -> Decimal:
        rate = self.lookup(trust_code, grade, start)
        if rate is None:
            raise LookupError(f"no rate for {trust_code}/{grade} on {start.date()}")
        return (rate.charge_per_hour - rate.pay_per_hour) * hours

    def trusts_missing_rates(self, grade: str, on: date) -> list[str]:
        rows = self._conn.execute(
            "SELECT t.code FROM trusts t WHERE NOT EXISTS ("
            " SELECT 1 FROM rate_card r WHERE r.trust_code = t.code AND r.grade = ? AND r.valid_from <= ?"
            ") ORDER BY t.code",
            (grade, on.isoformat()),
        ).fetchall()
        return [r[0] for r in rows]
