"""Repository for smokehouse batch records.

A batch is one kiln load: eels from one or more catch lots, brined, dried
and smoked together. The production screen filters batches by kiln, wood
type and a free-text note search, and shows yield figures per batch.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Column, Date, Integer, MetaData, Numeric, String, Table, select
from sqlalchemy.engine import Engine

metadata = MetaData()

smoke_batches = Table(
    "smoke_batches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("batch_code", String(20), unique=True),
    Column("kiln", String(10)),
    Column("wood", String(20)),
    Column("smoked_on", Date),
    Column("raw_kg", Numeric(8, 2)),
    Column("finished_kg", Numeric(8, 2)),
    Column("notes", String),
)


@dataclass
class BatchFilter:
    kiln: str | None = None
    wood: str | None = None
    note_contains: str | None = None
    since: date | None = None
    limit: int = 100


class BatchRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def find(self, f: BatchFilter) -> list[dict]:
        stmt = select(smoke_batches)
        if f.kiln:
            stmt = stmt.where(smoke_batches.c.kiln == f.kiln)
        if f.wood:
            stmt = stmt.where(smoke_batches.c.wood == f.wood)
        if f.note_contains:
            stmt = stmt.where(smoke_batches.c.notes.ilike(f"%{f.note_contains}%"))
        if f.since:
            stmt = stmt.where(smoke_batches.c.smoked_on >= f.since)
        stmt = stmt.order_by(smoke_batches.c.smoked_on.desc()).limit(f.limit)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(stmt)]

    def yield_ratio(self, batch_code: str) -> float | None:
        stmt = select(smoke_batches.c.raw_kg, smoke_batches.c.finished_kg).where(
            smoke_batches.c.batch_code == batch_code
        )
        with self.engine.connect() as conn:
            row = conn.execute(stmt).first()
        if row is None or not row.raw_kg:
            return None
        return float(row.finished_kg) / float(row.raw_kg)
