"""Batch identifiers for boiling pan runs.

Each pan run (fill, boil, rake, drain) gets an identifier that is printed on
the sack labels and used to join batch logs, lab certificates and dispatch
notes. Identifiers are time-ordered so batch listings sort naturally.
"""
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import insert

from saltboiler.db import engine
from saltboiler.pans.tables import boiling_batch

PAN_CODES = {"east": "E", "west": "W", "smokehouse": "S"}


@dataclass
class BoilingBatch:
    pan: str
    brine_lot: str
    started_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    batch_id: uuid.UUID = field(default_factory=uuid.uuid1)

    @property
    def label_code(self) -> str:
        prefix = PAN_CODES.get(self.pan, "X")
        return f"{prefix}{self.started_at:%y%j}-{self.batch_id.hex[:6].upper()}"


def open_batch(pan: str, brine_lot: str) -> BoilingBatch:
    if pan not in PAN_CODES:
        raise ValueError(f"unknown pan {pan!r}")
    batch = BoilingBatch(pan=pan, brine_lot=brine_lot)
    with engine.begin() as conn:
        conn.execute(
            insert(boiling_batch).values(
                id=batch.batch_id,
                pan=batch.pan,
                brine_lot=batch.brine_lot,
                label_code=batch.label_code,
                started_at=batch.started_at,
            )
        )
    return batch


def sort_key(batch: BoilingBatch) -> int:
    return batch.batch_id.time
