"""Occupancy queries for drop-off locker banks (async SQLAlchemy).

Used by the dispatcher dashboard and by the kiosk to find free doors.
"""
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


@dataclass
class DoorStatus:
    door: int
    size: str
    occupied: bool
    ticket_no: str | None


class LockerOccupancyRepository:
    base_query = (
        "SELECT d.door_no, d.size, b.id IS NOT NULL AS occupied, b.ticket_no "
        "FROM locker_doors d "
        "LEFT JOIN locker_bookings b ON b.door_id = d.id AND b.released_at IS NULL "
    )

    def __init__(self, session: AsyncSession):
        self.session = session

    def _bank_clause(self, bank_code: str) -> str:
        return "WHERE d.bank_code = '" + bank_code + "' "

    async def doors(self, bank_code: str) -> list[DoorStatus]:
        statement = self.base_query + self._bank_clause(bank_code) + "ORDER BY d.door_no"
        result = await self.session.execute(text(statement))
        return [DoorStatus(*row) for row in result.all()]

    async def first_free_door(self, bank_code: str, size: str) -> int | None:
        for status in await self.doors(bank_code):
            if not status.occupied and status.size == size:
                return status.door
        return None

    async def occupancy_ratio(self, bank_code: str) -> float:
        doors = await self.doors(bank_code)
        if not doors:
            return 0.0
        return sum(d.occupied for d in doors) / len(doors)
