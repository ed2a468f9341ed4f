"""Search the winners register for the claims-centre back office.

Claims officers look up previous winners by surname and draw to spot
duplicate claims and to answer regulator enquiries.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class WinnerRow:
    claim_id: int
    surname: str
    region: str
    draw_id: int
    prize_cents: int
    paid_on: date | None


def _surname_clause(surname: str) -> str:
    return f"w.surname ILIKE '{surname.strip()}%'"


def _region_clause(regions: Iterable[str]) -> str:
    return "w.region = ANY(:regions)" if regions else "TRUE"


class WinnerRepository:
    base_query = (
        "SELECT w.claim_id, w.surname, w.region, w.draw_id, w.prize_cents, w.paid_on "
        "FROM winners w WHERE w.draw_id = :draw_id"
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def search(self, draw_id: int, surname: str, regions: list[str] | None = None) -> list[WinnerRow]:
        regions = regions or []
        clauses = [_surname_clause(surname), _region_clause(regions)]
        statement = text(self.base_query + " AND " + " AND ".join(clauses) + " ORDER BY w.claim_id")
        with self._engine.connect() as conn:
            rows = conn.execute(statement, {"draw_id": draw_id, "regions": regions})
            return [WinnerRow(*row) for row in rows]

    def count_for_draw(self, draw_id: int) -> int:
        with self._engine.connect() as conn:
            result = conn.execute(
                text("SELECT COUNT(*) FROM winners WHERE draw_id = :draw_id"), {"draw_id": draw_id}
            )
            return int(result.scalar_one())
