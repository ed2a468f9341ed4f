"""Archive lookups for shipping labels already printed.

Dispatch staff search by tracking number or customer postcode when a
carrier asks about a parcel.
"""
import asyncpg

from coppersmith.settings import settings

LOOKUP_SQL = """
    SELECT l.tracking_number, l.carrier, l.printed_at, o.customer_name, o.postcode
    FROM shipping_labels l
    JOIN commission_orders o ON o.id = l.order_id
    WHERE ($1::text IS NULL OR l.tracking_number = $1)
      AND ($2::text IS NULL OR o.postcode ILIKE $2 || '%')
    ORDER BY l.printed_at DESC
    LIMIT $3
"""


class LabelArchive:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    @classmethod
    async def create(cls) -> "LabelArchive":
        pool = await asyncpg.create_pool(settings.DATABASE_URL, min_size=1, max_size=4)
        return cls(pool)

    async def search(self, tracking: str | None = None, postcode: str | None = None,
                     limit: int = 25) -> list[dict]:
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(LOOKUP_SQL, tracking, postcode, min(limit, 100))
        return [dict(r) for r in rows]

    async def close(self) -> None:
        await self.pool.close()
