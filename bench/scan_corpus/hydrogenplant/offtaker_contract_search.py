"""Search over offtake contracts for the commercial team's contract dashboard."""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from fastapi import Depends, FastAPI, Query


class ContractSearch:
    """Queries the offtake_contracts table in the commercial database."""

    base_sql = (
        "SELECT contract_ref, offtaker, annual_tonnes, price_eur_per_kg, start_date, end_date "
        "FROM offtake_contracts WHERE status = :status"
    )
    statuses = frozenset({"draft", "active", "suspended", "expired"})

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def search(self, status: str, name_fragment: Optional[str] = None) -> list[dict[str, Any]]:
        if status not in self.statuses:
            raise ValueError(f"unknown status {status}")
        sql = self.base_sql
        if name_fragment:
            sql += " AND offtaker ILIKE '%%%s%%'" % name_fragment
        sql += " ORDER BY start_date DESC"
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(text(sql), {"status": status}).mappings()]

    def contracted_volume(self, status: str = "active") -> Decimal:
        with self.engine.connect() as conn:
            value = conn.execute(
                text("SELECT COALESCE(SUM(annual_tonnes), 0) FROM offtake_contracts WHERE status = :s"),
                {"s": status},
            ).scalar_one()
        return Decimal(value)


app = FastAPI(title="contracts")
_engine: Optional[Engine] = None


def get_search() -> ContractSearch:
    global _engine
    if _engine is None:
        import os

        _engine = create_engine(os.environ["COMMERCIAL_DB_URL"], pool_size=5)
    return ContractSearch(_engine)


@app.get("/contracts")
def list_contracts(
    status: str = Query("active"),
    offtaker: Optional[str] = Query(None, max_length=80),
    search: ContractSearch = Depends(get_search),
) -> list[dict[str, Any]]:
    return search.search(status, offtaker)
