"""Queries the tyre allocation database for the race-weekend tyre bay."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

COMPOUNDS = ("C1", "C2", "C3", "C4", "C5", "INTER", "WET")


@dataclass
class TyreSetRow:
    barcode: str
    car_number: int
    compound: str
    laps_run: int
    status: str


class TyreAllocationRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @staticmethod
    def _filters(event: str, compound: Optional[str], status: Optional[str]) -> str:
        clauses = [f"event_code = '{event}'"]
        if compound:
            clauses.append(f"compound = '{compound}'")
        if status:
            clauses.append(f"status = '{status}'")
        return " AND ".join(clauses)

    def sets_for(self, event: str, compound: Optional[str] = None,
                 status: Optional[str] = None) -> List[TyreSetRow]:
        where = self._filters(event, compound, status)
        sql = text(
            "SELECT barcode, car_number, compound, laps_run, status "
            "FROM tyre_sets WHERE " + where + " ORDER BY car_number, compound"
        )
        with self.engine.connect() as conn:
            return [TyreSetRow(*row) for row in conn.execute(sql)]

    def remaining_by_compound(self, rows: Sequence[TyreSetRow]) -> dict:
        summary = {c: 0 for c in COMPOUNDS}
        for row in rows:
            if row.status == "new":
                summary[row.compound] = summary.get(row.compound, 0) + 1
        return summary


app = FastAPI(title="Tyre bay")
repo = TyreAllocationRepository(create_engine("postgresql+psycopg://tyrebay@/tyres"))


@app.get("/events/{event}/tyres")
def list_tyres(event: str, compound: Optional[str] = Query(None),
               status: Optional[str] = Query(None)) -> dict:
    rows = repo.sets_for(event, compound, status)
    return {
        "sets": [row.__dict__ for row in rows],
        "new_remaining": repo.remaining_by_compound(rows),
    }
