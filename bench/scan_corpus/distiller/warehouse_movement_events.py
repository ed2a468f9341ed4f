"""Audit trail of cask movements inside the bonded warehouse.

Every time a cask is racked, moved, regauged or sampled, an event row is
written. Events are time-ordered by their UUIDv1 identifier, which the
warehouse dashboard uses as a sort key.
"""
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import psycopg

from bonded.settings import WAREHOUSE_DSN

MOVEMENT_KINDS = {"racked", "moved", "regauged", "sampled", "disgorged"}


@dataclass
class MovementEvent:
    event_id: str
    cask_number: str
    kind: str
    from_location: str | None
    to_location: str | None
    operator: str
    recorded_at: datetime


def new_event(cask_number: str, kind: str, operator: str,
              from_location: str | None = None, to_location: str | None = None) -> MovementEvent:
    if kind not in MOVEMENT_KINDS:
        raise ValueError(f"unknown movement kind {kind!r}")
    return MovementEvent(
        event_id=str(uuid.uuid1()),
        cask_number=cask_number,
        kind=kind,
        from_location=from_location,
        to_location=to_location,
        operator=operator,
        recorded_at=datetime.now(timezone.utc),
    )


def record(events: list[MovementEvent]) -> None:
    with psycopg.connect(WAREHOUSE_DSN) as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO cask_movements (event_id, cask_number, kind, from_location,"
            " to_location, operator, recorded_at) VALUES (%(event_id)s, %(cask_number)s,"
            " %(kind)s, %(from_location)s, %(to_location)s, %(operator)s, %(recorded_at)s)",
            [asdict(e) for e in events],
        )
