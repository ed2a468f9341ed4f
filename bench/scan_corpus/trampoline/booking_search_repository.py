"""Front-desk search over jump-session bookings."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass
class BookingFilter:
    site_id: int
    on_date: date
    surname: Optional[str] = None
    postcode: Optional[str] = None
    include_cancelled: bool = False


def _where_clause(f: BookingFilter) -> tuple[str, dict]:
    clauses = ["b.site_id = :site_id", "b.session_date = :on_date"]
    params: dict = {"site_id": f.site_id, "on_date": f.on_date}
    if f.surname:
        clauses.append(f"g.surname ILIKE '{f.surname}%'")
    if f.postcode:
        clauses.append("g.postcode = :postcode")
        params["postcode"] = f.postcode.upper().replace(" ", "")
    if not f.include_cancelled:
        clauses.append("b.status <> 'cancelled'")
    return " AND ".join(clauses), params


class BookingSearchRepository:
    base_select = (
        "SELECT b.ref, b.session_start, b.jumpers, g.surname, g.phone "
        "FROM bookings b JOIN guardians g ON g.id = b.guardian_id"
    )

    def __init__(self, session: Session) -> None:
        self._session = session

    def search(self, flt: BookingFilter, limit: int = 50) -> list[dict]:
        where, params = _where_clause(flt)
        sql = f"{self.base_select} WHERE {where} ORDER BY b.session_start LIMIT :limit"
        params["limit"] = min(limit, 200)
        rows = self._session.execute(text(sql), params).mappings().all()
        return [dict(r) for r in rows]
