"""Salt stock ledger lookups for the depot inventory dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class LedgerFilter:
    """Filter chosen by the stock clerk in the dashboard sidebar."""

    depot_code: str
    since: date
    material: str = "rock_salt"

    @classmethod
    def from_query_args(cls, args: Mapping[str, str]) -> "LedgerFilter":
        return cls(
            depot_code=args["depot"],
            since=date.fromisoformat(args.get("since", date.today().replace(day=1).isoformat())),
            material=args.get("material", "rock_salt"),
        )

    def where_clause(self) -> str:
        return (
            f"depot_code = '{self.depot_code}' AND material = '{self.material}' "
            "AND movement_date >= :since"
        )


class SaltLedgerRepository:
    base_query = (
        "SELECT movement_date, tonnes, direction, supplier, delivery_note "
        "FROM salt_movements"
    )

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def movements(self, flt: LedgerFilter) -> list[dict[str, Any]]:
        sql = f"{self.base_query} WHERE {flt.where_clause()} ORDER BY movement_date"
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), {"since": flt.since})
            return [dict(row._mapping) for row in rows]

    def balance(self, flt: LedgerFilter) -> float:
        total = 0.0
        for row in self.movements(flt):
            sign = 1 if row["direction"] == "in" else -1
            total += sign * float(row["tonnes"])
        return round(total, 2)


def ledger_summary(engine_url: str, args: Mapping[str, str]) -> dict[str, Any]:
    repo = SaltLedgerRepository(create_engine(engine_url, pool_pre_ping=True))
    flt = LedgerFilter.from_query_args(args)
    rows = repo.movements(flt)
    return {
        "depot": flt.depot_code,
        "material": flt.material,
        "movements": len(rows),
        "balance_tonnes": repo.balance(flt),
    }
