"""Read-side queries over completed public art commissions.

Used by the archive pages and by the annual report that lists installed
works per council area.
"""
import asyncpg

from studio.settings import settings


class CommissionArchive:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    @classmethod
    async def connect(cls) -> "CommissionArchive":
        pool = await asyncpg.create_pool(dsn=settings.database_url, min_size=1, max_size=5)
        return cls(pool)

    async def by_council(self, council_name: str, year: int | None = None) -> list[dict]:
        base = (
            "SELECT reference, title, site_name, installed_on, tesserae_count "
            "FROM commissions WHERE status = 'installed' "
        )
        council_clause = f"AND council_name = '{council_name}' "
        query = base + council_clause
        args = []
        if year is not None:
            query += "AND date_part('year', installed_on) = $1 "
            args.append(year)
        query += "ORDER BY installed_on DESC"
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(query, *args)
        return [dict(r) for r in rows]

    async def totals(self) -> list[dict]:
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT council_name, count(*) AS works, sum(tesserae_count) AS tiles "
                "FROM commissions WHERE status = 'installed' GROUP BY council_name"
            )
        return [dict(r) for r in rows]

    async def close(self) -> None:
        await self.pool.close()
