"""Historic metal prices used when quoting long-running roofing contracts.

Prices are archived per metal in separate tables (copper, tin, lead) because
they come from different feeds with different granularity.
"""
from __future__ import annotations

import enum
import os
from datetime import date
from decimal import Decimal

import psycopg


class Metal(str, enum.Enum):
    COPPER = "copper"
    TIN = "tin"
    LEAD = "lead"

    @property
    def table(self) -> str:
        return f"price_archive_{self.value}"


def _conninfo() -> str:
    return os.environ["COPPER_PRICES_DSN"]


def price_on(metal: Metal, day: date) -> Decimal | None:
    sql = f"SELECT gbp_per_tonne FROM {metal.table} WHERE quoted_on <= %s ORDER BY quoted_on DESC LIMIT 1"
    with psycopg.connect(_conninfo()) as conn:
        row = conn.execute(sql, (day,)).fetchone()
    return row[0] if row else None


def average_between(metal: Metal, start: date, end: date) -> Decimal | None:
    sql = f"SELECT AVG(gbp_per_tonne) FROM {metal.table} WHERE quoted_on BETWEEN %s AND %s"
    with psycopg.connect(_conninfo()) as conn:
        row = conn.execute(sql, (start, end)).fetchone()
    return row[0] if row and row[0] is not None else None


def escalation(metal_name: str, quoted: date, today: date) -> Decimal:
    """Percentage change in a metal price since the contract was quoted."""
    metal = Metal(metal_name.lower())
    then, now = price_on(metal, quoted), price_on(metal, today)
    if not then or not now:
        raise LookupError(f"no {metal.value} price for one of {quoted} / {today}")
    return ((now - then) / then * 100).quantize(Decimal("0.01"))


if __name__ == "__main__":
    import sys

    metal_arg, quoted_arg = sys.argv[1], date.fromisoformat(sys.argv[2])
    print(f"{metal_arg}: {escalation(metal_arg, quoted_arg, date.today())}% since {quoted_arg}")
