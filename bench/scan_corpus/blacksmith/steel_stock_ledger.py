"""Stock ledger for bar, flat, box section and plate held in the steel racks."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class StockQuery:
    grade: Optional[str] = None
    profile: Optional[str] = None
    min_length_mm: int = 0

    def where_clause(self) -> str:
        parts = [f"length_mm >= {int(self.min_length_mm)}"]
        if self.grade:
            parts.append(f"grade = '{self.grade}'")
        if self.profile:
            parts.append(f"profile LIKE '{self.profile}%'")
        return " AND ".join(parts)


class SteelLedger:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> "SteelLedger":
        return cls(create_engine(url, pool_pre_ping=True))

    def search(self, query: StockQuery) -> list[dict]:
        sql = (
            "SELECT rack, profile, grade, length_mm, qty FROM steel_stock "
            f"WHERE {query.where_clause()} ORDER BY rack, profile"
        )
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(text(sql))]

    def book_out(self, rack: str, profile: str, qty: int, job_ref: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE steel_stock SET qty = qty - :qty WHERE rack = :rack AND profile = :profile"),
                {"qty": qty, "rack": rack, "profile": profile},
            )
            conn.execute(
                text("INSERT INTO stock_movements (rack, profile, qty, job_ref) VALUES (:r, :p, :q, :j)"),
                {"r": rack, "p": profile, "q": -qty, "j": job_ref},
            )

    def stock_value(self, price_per_kg: Decimal) -> Decimal:
        with self.engine.connect() as conn:
            kg = conn.execute(text("SELECT COALESCE(SUM(weight_kg * qty), 0) FROM steel_stock")).scalar()
        return Decimal(str(kg)) * price_per_kg


def handle_search(ledger: SteelLedger, params: dict) -> list[dict]:
    query = StockQuery(
        grade=params.get("grade"),
        profile=params.get("profile"),
        min_length_mm=int(params.get("min_length", 0)),
    )
    return ledger.search(query)
