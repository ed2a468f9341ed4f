"""Stock level queries over the per-product solvent ledgers at each depot."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Connection

LEDGER_TABLES = {
    "perc": "ledger_perchloroethylene",
    "hydrocarbon": "ledger_hydrocarbon",
    "silicone": "ledger_siloxane_d5",
    "wetclean": "ledger_wetclean_detergent",
}


class UnknownSolvent(LookupError):
    pass


def ledger_table(solvent: str) -> str:
    try:
        return LEDGER_TABLES[solvent]
    except KeyError:
        raise UnknownSolvent(solvent) from None


class SolventStock:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def balance(self, solvent: str, depot: str, as_of: date) -> Decimal:
        table = ledger_table(solvent)
        sql = text(
            f"SELECT coalesce(sum(litres_in) - sum(litres_out), 0) FROM {table} "
            "WHERE depot_code = :depot AND entry_date <= :as_of"
        )
        return Decimal(self.conn.execute(sql, {"depot": depot, "as_of": as_of}).scalar_one())

    def below_reorder(self, solvent: str, reorder_litres: Decimal) -> list[tuple[str, Decimal]]:
        table = ledger_table(solvent)
        sql = text(
            f"SELECT depot_code, sum(litres_in) - sum(litres_out) AS bal FROM {table} "
            "GROUP BY depot_code HAVING sum(litres_in) - sum(litres_out) < :threshold"
        )
        rows = self.conn.execute(sql, {"threshold": reorder_litres}).all()
        return [(r.depot_code, Decimal(r.bal)) for r in rows]
