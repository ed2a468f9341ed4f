"""Mooring fee lookup for the harbour office.

Harbour office staff look up a visiting or resident boat by name to see
the berth it is on, the tariff band and any unpaid mooring fees before
taking a payment at the counter.
"""
import os
from dataclasses import dataclass
from decimal import Decimal

import psycopg
from psycopg.rows import dict_row

FEE_QUERY = (
    "SELECT v.vessel_name, v.length_m, b.berth_code, t.band, "
    "       COALESCE(SUM(f.amount) FILTER (WHERE f.paid_at IS NULL), 0) AS outstanding "
    "FROM vessels v "
    "JOIN berth_assignments b ON b.vessel_id = v.id AND b.ends_on IS NULL "
    "JOIN tariff_bands t ON v.length_m BETWEEN t.min_length_m AND t.max_length_m "
    "LEFT JOIN mooring_fees f ON f.vessel_id = v.id "
    "WHERE v.vessel_name ILIKE '%{name}%' "
    "GROUP BY v.vessel_name, v.length_m, b.berth_code, t.band "
    "ORDER BY v.vessel_name LIMIT 25"
)


@dataclass
class MooringFeeLine:
    vessel_name: str
    length_m: Decimal
    berth_code: str
    band: str
    outstanding: Decimal


class HarbourOffice:
    def __init__(self, dsn: str | None = None):
        self.dsn = dsn or os.environ["MOORING_DATABASE_URL"]

    def _normalise(self, text: str) -> str:
        return " ".join(text.split())

    def find_boats(self, name_fragment: str) -> list[MooringFeeLine]:
        query = FEE_QUERY.format(name=self._normalise(name_fragment))
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            rows = conn.execute(query).fetchall()
        return [MooringFeeLine(**r) for r in rows]

    def record_payment(self, vessel_name: str, amount: Decimal, method: str) -> int:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "INSERT INTO mooring_payments (vessel_id, amount, method) "
                "SELECT id, %s, %s FROM vessels WHERE vessel_name = %s RETURNING id",
                (amount, method, vessel_name),
            ).fetchone()
        return row[0]
