"""SQLAlchemy Core repository for walk and sitting bookings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import Connection


class BookingRepository:
    TABLE = "bookings"
    COLUMNS = ("id", "client_id", "dog_id", "walker_id", "service", "starts_at", "ends_at", "status")

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @property
    def _select(self) -> str:
        return f"SELECT {', '.join(self.COLUMNS)} FROM {self.TABLE}"

    def get(self, booking_id: int) -> dict | None:
        row = self._conn.execute(
            text(f"{self._select} WHERE id = :id"), {"id": booking_id}
        ).first()
        return dict(row._mapping) if row else None

    def search(self, client_name: str | None, status: str | None,
               day_from: datetime, day_to: datetime) -> list[dict]:
        sql = (
            f"{self._select} WHERE starts_at >= :day_from AND starts_at < :day_to"
        )
        params: dict[str, object] = {"day_from": day_from, "day_to": day_to}
        if status:
            sql += " AND status = :status"
            params["status"] = status
        if client_name:
            sql += (
                " AND client_id IN (SELECT id FROM clients WHERE full_name ILIKE :client_name)"
            )
            params["client_name"] = f"%{client_name}%"
        sql += " ORDER BY starts_at"
        return [dict(r._mapping) for r in self._conn.execute(text(sql), params)]

    def assign_walker(self, booking_id: int, walker_id: int) -> bool:
        result = self._conn.execute(
            text(
                f"UPDATE {self.TABLE} SET walker_id = :walker_id, status = 'assigned'"
                " WHERE id = :id AND status IN ('requested', 'unassigned')"
            ),
            {"walker_id": walker_id, "id": booking_id},
        )
        return result.rowcount == 1

    def cancel(self, booking_id: int, reason: str) -> None:
        self._conn.execute(
            text(
                f"UPDATE {self.TABLE} SET status = 'cancelled', cancel_reason = :reason"
                " WHERE id = :id"
            ),
            {"reason": reason, "id": booking_id},
        )
