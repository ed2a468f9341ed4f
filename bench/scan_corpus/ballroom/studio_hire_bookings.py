"""Studio and practice-room hire bookings, looked up by the booking reference."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class StudioBooking:
    reference: str
    room: str
    client_name: str
    starts_at: datetime
    ends_at: datetime
    deposit: Decimal
    status: str


COLUMNS = "reference, room, client_name, starts_at, ends_at, deposit, status"

BY_REFERENCE = text(f"SELECT {COLUMNS} FROM studio_bookings WHERE reference = :reference")
BY_ROOM_AND_DAY = text(
    f"SELECT {COLUMNS} FROM studio_bookings "
    "WHERE room = :room AND CAST(starts_at AS DATE) = :day ORDER BY starts_at"
)
BY_REFERENCES = text(
    f"SELECT {COLUMNS} FROM studio_bookings WHERE reference IN :refs"
).bindparams(bindparam("refs", expanding=True))


class StudioBookings:
    def __init__(self, database_url: str) -> None:
        self._engine: Engine = create_engine(database_url, pool_pre_ping=True)

    def by_reference(self, reference: str) -> Optional[StudioBooking]:
        """Look up a booking by the reference the client quotes on the web form."""
        with self._engine.connect() as conn:
            row = conn.execute(BY_REFERENCE, {"reference": reference}).mappings().first()
        return StudioBooking(**row) if row else None

    def for_room_on(self, room: str, day: date) -> list[StudioBooking]:
        with self._engine.connect() as conn:
            rows = conn.execute(BY_ROOM_AND_DAY, {"room": room, "day": day}).mappings().all()
        return [StudioBooking(**r) for r in rows]

    def many(self, references: list[str]) -> list[StudioBooking]:
        if not references:
            return []
        with self._engine.connect() as conn:
            rows = conn.execute(BY_REFERENCES, {"refs": references}).mappings().all()
        return [StudioBooking(**r) for r in rows]

    def cancel(self, reference: str) -> bool:
        with self._engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE studio_bookings SET status = 'cancelled' "
                    "WHERE reference = :reference AND status <> 'cancelled'"
                ),
                {"reference": reference},
            )
        return result.rowcount == 1
