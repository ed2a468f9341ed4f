"""Provenance records: previous owners, sales and exhibition history per item."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.engine import Engine

from .deps import get_engine


@dataclass
class ProvenanceEntry:
    stock_ref: str
    owner: str
    acquired: date | None
    source: str
    note: str


class ProvenanceRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def for_item(self, stock_ref: str) -> list[ProvenanceEntry]:
        stmt = text(
            "SELECT stock_ref, owner, acquired, source, note FROM provenance "
            "WHERE stock_ref = :ref ORDER BY acquired NULLS FIRST"
        )
        with self.engine.connect() as conn:
            return [ProvenanceEntry(**r) for r in conn.execute(stmt, {"ref": stock_ref}).mappings()]

    def for_items(self, stock_refs: Iterable[str]) -> dict[str, list[ProvenanceEntry]]:
        refs = [r.strip() for r in stock_refs if r.strip()]
        if not refs:
            return {}
        in_list = ", ".join(f"'{r}'" for r in refs)
        stmt = text(
            "SELECT stock_ref, owner, acquired, source, note FROM provenance "
            f"WHERE stock_ref IN ({in_list}) ORDER BY stock_ref, acquired"
        )
        out: dict[str, list[ProvenanceEntry]] = {r: [] for r in refs}
        with self.engine.connect() as conn:
            for row in conn.execute(stmt).mappings():
                out[row["stock_ref"]].append(ProvenanceEntry(**row))
        return out

    def add(self, entry: ProvenanceEntry) -> None:
        stmt = text(
            "INSERT INTO provenance (stock_ref, owner, acquired, source, note) "
            "VALUES (:stock_ref, :owner, :acquired, :source, :note)"
        )
        with self.engine.begin() as conn:
            conn.execute(stmt, entry.__dict__)


router = APIRouter()


@router.get("/provenance")
def provenance_lookup(
    refs: str = Query(..., description="comma-separated stock references"),
    engine: Engine = Depends(get_engine),
):
    data = ProvenanceRepository(engine).for_items(refs.split(","))
    return {ref: [e.__dict__ for e in entries] for ref, entries in data.items()}
