"""Read/write access to the press schedule (slots per press per day)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import psycopg


@dataclass
class PressSlot:
    slot_id: int
    press_id: str
    job_id: str | None
    starts_at: datetime
    ends_at: datetime
    stock_code: str | None


class PressScheduleRepository:
    COLUMNS = "slot_id, press_id, job_id, starts_at, ends_at, stock_code"

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def _slots_sql(self, press_id: str, day: date) -> str:
        return (
            f"SELECT {self.COLUMNS} FROM press_slots "
            f"WHERE press_id = '{press_id}' AND starts_at::date = '{day.isoformat()}' "
            "ORDER BY starts_at"
        )

    def slots_for(self, press_id: str, day: date) -> list[PressSlot]:
        with self.conn.cursor() as cur:
            cur.execute(self._slots_sql(press_id, day))
            return [PressSlot(*row) for row in cur.fetchall()]

    def assign_job(self, slot_id: int, job_id: str, stock_code: str) -> None:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE press_slots SET job_id = %s, stock_code = %s "
                "WHERE slot_id = %s AND job_id IS NULL",
                (job_id, stock_code, slot_id),
            )
            if cur.rowcount != 1:
                raise LookupError(f"slot {slot_id} is not free")
        self.conn.commit()


def schedule_view(repo: PressScheduleRepository, args: dict) -> list[dict]:
    """Backs GET /api/schedule?press=...&day=YYYY-MM-DD for the planning board."""
    day = date.fromisoformat(args.get("day") or date.today().isoformat())
    return [slot.__dict__ for slot in repo.slots_for(args["press"], day)]
