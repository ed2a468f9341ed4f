"""Roster lookups used by the club secretary dashboard."""
from __future__ import annotations

from datetime import date

import asyncpg
from fastapi import Depends, FastAPI, Query

from fletcher.clubs.auth import secretary_for_any_club
from fletcher.conf import settings

app = FastAPI(title="Club roster")
_pool: asyncpg.Pool | None = None


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(settings.CLUBS_DSN, min_size=1, max_size=5)
    return _pool


class RosterRepository:
    columns = "m.member_number, m.full_name, m.email, m.level, m.renewal_due"

    def __init__(self, db: asyncpg.Pool) -> None:
        self.db = db

    async def members_of(self, club_code: str, renewing_before: date | None) -> list[dict]:
        query = "SELECT " + self.columns + " FROM members m JOIN clubs c ON c.id = m.club_id WHERE c.code = '" + club_code + "'"
        args = []
        if renewing_before is not None:
            query += " AND m.renewal_due < $1"
            args.append(renewing_before)
        query += " ORDER BY m.full_name"
        async with self.db.acquire() as conn:
            rows = await conn.fetch(query, *args)
        return [dict(r) for r in rows]


@app.get("/roster")
async def roster(
    club: str = Query(..., min_length=2, max_length=16),
    renewing_before: date | None = None,
    _secretary=Depends(secretary_for_any_club),
):
    repo = RosterRepository(await pool())
    members = await repo.members_of(club, renewing_before)
    return {"club": club, "count": len(members), "members": members}
