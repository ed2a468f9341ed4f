"""Attendance records for weekly practice nights."""
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session


class AttendanceRepository:
    def __init__(self, session: Session):
        self.session = session

    def record(self, practice_id: int, ringer_ids: list[int]) -> None:
        for ringer_id in ringer_ids:
            self.session.execute(
                text(
                    "INSERT INTO practice_attendance (practice_id, ringer_id) "
                    "VALUES (:practice_id, :ringer_id) ON CONFLICT DO NOTHING"
                ),
                {"practice_id": practice_id, "ringer_id": ringer_id},
            )
        self.session.commit()

    def attendance_for(self, ringer_ids: list[int], since: date) -> dict[int, int]:
        if not ringer_ids:
            return {}
        placeholders = ", ".join(f":r{i}" for i in range(len(ringer_ids)))
        stmt = text(
            "SELECT a.ringer_id, COUNT(*) AS nights FROM practice_attendance a "
            "JOIN practice_nights p ON p.id = a.practice_id "
            f"WHERE a.ringer_id IN ({placeholders}) AND p.held_on >= :since "
            "GROUP BY a.ringer_id"
        )
        params = {f"r{i}": rid for i, rid in enumerate(ringer_ids)}
        params["since"] = since
        rows = self.session.execute(stmt, params)
        return {row.ringer_id: row.nights for row in rows}

    def regulars(self, tower_code: str, minimum_nights: int, since: date) -> list[int]:
        rows = self.session.execute(
            text(
                "SELECT a.ringer_id FROM practice_attendance a "
                "JOIN practice_nights p ON p.id = a.practice_id "
                "WHERE p.tower_code = :tower AND p.held_on >= :since "
                "GROUP BY a.ringer_id HAVING COUNT(*) >= :minimum"
            ),
            {"tower": tower_code, "since": since, "minimum": minimum_nights},
        )
        return [row.ringer_id for row in rows]
