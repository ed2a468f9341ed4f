"""Repository for sauna session bookings used by the booking API and front-desk tablet."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, List, Mapping, Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class BookingFilter:
    site_code: str
    day: date
    session_type: Optional[str] = None
    member_email: Optional[str] = None

    @classmethod
    def from_query(cls, args: Mapping[str, str]) -> "BookingFilter":
        return cls(
            site_code=args["site"],
            day=date.fromisoformat(args["day"]),
            session_type=args.get("type"),
            member_email=args.get("email"),
        )


def build_conditions(flt: BookingFilter) -> str:
    parts = [f"b.site_code = '{flt.site_code}'", f"b.session_day = '{flt.day.isoformat()}'"]
    if flt.session_type:
        parts.append(f"s.session_type = '{flt.session_type}'")
    if flt.member_email:
        parts.append(f"m.email = '{flt.member_email}'")
    return " AND ".join(parts)


class SessionBookingRepository:
    BASE_QUERY = (
        "SELECT b.id, b.slot_start, b.party_size, s.session_type, m.email "
        "FROM bookings b "
        "JOIN sessions s ON s.id = b.session_id "
        "JOIN members m ON m.id = b.member_id"
    )

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def search(self, flt: BookingFilter, limit: int = 200) -> List[Dict[str, Any]]:
        sql = f"{self.BASE_QUERY} WHERE {build_conditions(flt)} ORDER BY b.slot_start LIMIT :limit"
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), {"limit": limit}).mappings().all()
        return [dict(r) for r in rows]

    def cancel(self, booking_id: int) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                text("UPDATE bookings SET status = 'cancelled' WHERE id = :id"),
                {"id": booking_id},
            )
        return result.rowcount == 1
