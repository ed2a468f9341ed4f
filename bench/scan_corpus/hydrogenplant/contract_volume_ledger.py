"""Delivered-versus-contracted volume ledger for offtake contract settlement."""
from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine


class LedgerSort(str, Enum):
    delivered = "delivered"
    shortfall = "shortfall"
    offtaker = "offtaker"

    @property
    def column(self) -> str:
        return {
            LedgerSort.delivered: "delivered_kg",
            LedgerSort.shortfall: "shortfall_kg",
            LedgerSort.offtaker: "c.offtaker",
        }[self]


class VolumeLedger:
    _template = """
        SELECT c.contract_ref, c.offtaker,
               c.monthly_kg AS contracted_kg,
               COALESCE(SUM(d.net_kg), 0) AS delivered_kg,
               c.monthly_kg - COALESCE(SUM(d.net_kg), 0) AS shortfall_kg
        FROM offtake_contracts c
        LEFT JOIN deliveries d
          ON d.contract_ref = c.contract_ref AND d.delivered_on BETWEEN :start AND :end
        WHERE c.status = 'active' AND c.contract_ref IN :refs
        GROUP BY c.contract_ref, c.offtaker, c.monthly_kg
        ORDER BY {order} {direction}
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def statement(self, sort: LedgerSort, descending: bool):
        direction = "DESC" if descending else "ASC"
        sql = text(self._template.format(order=sort.column, direction=direction))
        return sql.bindparams(bindparam("refs", expanding=True))

    def month(
        self,
        contract_refs: list[str],
        start: date,
        end: date,
        sort: LedgerSort = LedgerSort.shortfall,
        descending: bool = True,
    ) -> list[dict[str, Any]]:
        stmt = self.statement(LedgerSort(sort), descending)
        with self.engine.connect() as conn:
            result = conn.execute(stmt, {"refs": contract_refs, "start": start, "end": end})
            return [dict(row) for row in result.mappings()]
