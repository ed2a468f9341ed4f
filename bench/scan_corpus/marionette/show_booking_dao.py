"""Data access for show bookings made by schools, libraries and festival venues."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import List, Optional

from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class ShowBooking:
    id: int
    show_title: str
    client_name: str
    client_type: str
    performance_date: date
    status: str


FIND_BY_CLIENT = text(
    "SELECT b.id, b.show_title, c.name AS client_name, c.client_type, b.performance_date, b.status "
    "FROM show_bookings b JOIN clients c ON c.id = b.client_id "
    "WHERE c.name ILIKE :pattern AND b.status IN :statuses "
    "ORDER BY b.performance_date"
).bindparams(bindparam("statuses", expanding=True))


class ShowBookingDAO:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def from_url(cls, url: str) -> "ShowBookingDAO":
        return cls(create_engine(url, pool_pre_ping=True))

    def find_by_client(self, name_fragment: str, statuses: Optional[List[str]] = None) -> List[ShowBooking]:
        escaped = name_fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params = {
            "pattern": f"%{escaped}%",
            "statuses": statuses or ["held", "confirmed"],
        }
        with self._engine.connect() as conn:
            rows = conn.execute(FIND_BY_CLIENT, params)
            return [ShowBooking(**row._mapping) for row in rows]

    def confirm(self, booking_id: int, confirmed_by: str) -> bool:
        with self._engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE show_bookings SET status = 'confirmed', confirmed_by = :who, "
                    "confirmed_at = now() WHERE id = :id AND status = 'held'"
                ),
                {"who": confirmed_by, "id": booking_id},
            )
            return result.rowcount == 1
