"""Crew calendar queries for installation scheduling.

The scheduler checks which crews are free on a given day and which
installs need the cherry picker or scaffold tower.
"""
from datetime import date

import asyncpg
from fastapi import APIRouter, Request

from signwriter.config import settings

router = APIRouter(prefix="/schedule")


class CrewCalendarRepository:
    def __init__(self, pool: asyncpg.Pool):
        self._pool = pool

    @classmethod
    async def connect(cls) -> "CrewCalendarRepository":
        pool = await asyncpg.create_pool(dsn=settings.DATABASE_URL, min_size=1, max_size=5)
        return cls(pool)

    async def bookings_for_crew(self, crew_name: str, start: date, end: date) -> list[dict]:
        query = (
            "SELECT b.id, b.job_ref, b.site_postcode, b.starts_at, b.ends_at, b.access_kit "
            "FROM install_bookings b JOIN crews c ON c.id = b.crew_id "
            f"WHERE c.name = '{crew_name}' "
            "AND b.starts_at::date BETWEEN $1 AND $2 ORDER BY b.starts_at"
        )
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(query, start, end)
        return [dict(r) for r in rows]

    async def free_crews(self, day: date) -> list[str]:
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT c.name FROM crews c WHERE c.active AND NOT EXISTS ("
                "SELECT 1 FROM install_bookings b WHERE b.crew_id = c.id "
                "AND b.starts_at::date = $1) ORDER BY c.name",
                day,
            )
        return [r["name"] for r in rows]

    async def needs_access_kit(self, day: date, kit: str) -> int:
        async with self._pool.acquire() as conn:
            return await conn.fetchval(
                "SELECT count(*) FROM install_bookings WHERE starts_at::date = $1 AND $2 = ANY(access_kit)",
                day,
                kit,
            )

    async def close(self) -> None:
        await self._pool.close()


@router.get("/crews/{crew_name}/bookings")
async def crew_bookings(crew_name: str, start: date, end: date, request: Request) -> list[dict]:
    repo: CrewCalendarRepository = request.app.state.crew_calendar
    return await repo.bookings_for_crew(crew_name, start, end)
