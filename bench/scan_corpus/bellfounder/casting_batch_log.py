"""Records each casting pour in the foundry log with a time-ordered batch identifier."""

import uuid
from dataclasses import dataclass, asdict
from datetime import datetime, timezone

import psycopg

from bellfounder.settings import settings


@dataclass
class CastingBatch:
    batch_id: str
    furnace: str
    alloy_tin_pct: float
    pour_temp_c: int
    moulds: list[str]
    poured_at: datetime


def new_batch(furnace: str, alloy_tin_pct: float, pour_temp_c: int, moulds: list[str]) -> CastingBatch:
    return CastingBatch(
        batch_id=str(uuid.uuid1()),
        furnace=furnace,
        alloy_tin_pct=alloy_tin_pct,
        pour_temp_c=pour_temp_c,
        moulds=moulds,
        poured_at=datetime.now(timezone.utc),
    )


def record_batch(batch: CastingBatch) -> None:
    row = asdict(batch)
    with psycopg.connect(settings.DATABASE_URL) as conn:
        conn.execute(
            """
            INSERT INTO casting_batches
                (batch_id, furnace, alloy_tin_pct, pour_temp_c, moulds, poured_at)
            VALUES (%(batch_id)s, %(furnace)s, %(alloy_tin_pct)s, %(pour_temp_c)s,
                    %(moulds)s, %(poured_at)s)
            """,
            row,
        )


def batches_for_furnace(furnace: str, limit: int = 20) -> list[tuple]:
    with psycopg.connect(settings.DATABASE_URL) as conn:
        return conn.execute(
            "SELECT batch_id, poured_at, pour_temp_c FROM casting_batches "
            "WHERE furnace = %s ORDER BY poured_at DESC LIMIT %s",
            (furnace, limit),
        ).fetchall()
