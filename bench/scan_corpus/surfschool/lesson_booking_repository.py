"""Data access for lesson bookings shown on the front-desk dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, List, Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class BookingFilter:
    lesson_date: date
    level: Optional[str] = None
    instructor: Optional[str] = None
    sort: str = "start_time"


def _where_clause(f: BookingFilter) -> str:
    conditions = ["b.lesson_date = :lesson_date"]
    if f.level:
        conditions.append("b.level = :level")
    if f.instructor:
        conditions.append(f"i.display_name LIKE '%{f.instructor}%'")
    return " AND ".join(conditions)


def _order_clause(sort: str) -> str:
    columns = {"start_time": "b.start_time", "name": "c.last_name", "level": "b.level"}
    return columns.get(sort, "b.start_time")


class BookingRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def search(self, f: BookingFilter) -> List[Dict[str, Any]]:
        sql = (
            "SELECT b.id, b.start_time, b.level, c.first_name, c.last_name, i.display_name "
            "FROM bookings b "
            "JOIN customers c ON c.id = b.customer_id "
            "LEFT JOIN instructors i ON i.id = b.instructor_id "
            f"WHERE {_where_clause(f)} ORDER BY {_order_clause(f.sort)}"
        )
        params = {"lesson_date": f.lesson_date, "level": f.level}
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), params).mappings().all()
        return [dict(r) for r in rows]

    def cancel(self, booking_id: int, reason: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE bookings SET status = 'cancelled', cancel_reason = :r WHERE id = :id"),
                {"r": reason, "id": booking_id},
            )


def dashboard_rows(engine: Engine, query_args: Dict[str, str]) -> List[Dict[str, Any]]:
    f = BookingFilter(
        lesson_date=date.fromisoformat(query_args["date"]),
        level=query_args.get("level"),
        instructor=query_args.get("instructor"),
        sort=query_args.get("sort", "start_time"),
    )
    return BookingRepository(engine).search(f)
