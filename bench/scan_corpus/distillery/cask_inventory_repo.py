"""Read access to cask inventory for the warehouse dashboard.

The dashboard lets warehouse staff pick a bonded warehouse from a dropdown and
see every filled cask in it with its current regauge figures.
"""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import psycopg

BASE_SELECT = (
    "SELECT c.cask_no, c.spirit_type, c.fill_date, c.bulk_litres, c.abv, "
    "c.bay, c.tier FROM casks c"
)


@dataclass
class CaskRow:
    cask_no: str
    spirit_type: str
    fill_date: date
    bulk_litres: Decimal
    abv: Decimal
    bay: str
    tier: int

    @property
    def lpa(self) -> Decimal:
        """Litres of pure alcohol, the figure duty is charged on."""
        return (self.bulk_litres * self.abv / 100).quantize(Decimal("0.01"))


def casks_in_warehouse_sql(warehouse: str) -> str:
    return BASE_SELECT + " WHERE c.warehouse_code = '%s' AND c.status = 'filled' ORDER BY c.bay, c.tier" % warehouse


class CaskInventory:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def _fetch(self, sql: str, params: tuple = ()) -> list[CaskRow]:
        with psycopg.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(sql, params)
            return [CaskRow(*row) for row in cur.fetchall()]

    def in_warehouse(self, warehouse: str) -> list[CaskRow]:
        return self._fetch(casks_in_warehouse_sql(warehouse))

    def by_cask_no(self, cask_no: str) -> CaskRow | None:
        rows = self._fetch(BASE_SELECT + " WHERE c.cask_no = %s", (cask_no,))
        return rows[0] if rows else None

    def total_lpa(self, warehouse: str) -> Decimal:
        return sum((r.lpa for r in self.in_warehouse(warehouse)), Decimal("0"))
