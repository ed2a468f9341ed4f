"""Query service for hive-weight history charts shown to members."""
import asyncpg

from skepmaker.config import settings

OWNED = "hive_id IN (SELECT id FROM hives WHERE owner_id = $1)"

QUERIES = {
    "daily": (
        "SELECT date_trunc('day', taken_at) AS bucket, avg(grams) AS grams "
        "FROM hive_readings WHERE " + OWNED + " AND hive_id = '{hive}' "
        "AND taken_at >= now() - interval '{days} days' GROUP BY bucket ORDER BY bucket"
    ),
    "hourly": (
        "SELECT date_trunc('hour', taken_at) AS bucket, avg(grams) AS grams "
        "FROM hive_readings WHERE " + OWNED + " AND hive_id = '{hive}' "
        "AND taken_at >= now() - interval '{days} days' GROUP BY bucket ORDER BY bucket"
    ),
}


class WeightHistoryService:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    @classmethod
    async def create(cls) -> "WeightHistoryService":
        pool = await asyncpg.create_pool(dsn=settings.SENSOR_DB_DSN, min_size=1, max_size=5)
        return cls(pool)

    async def series(self, member_id: int, hive_id: str, resolution: str = "daily", days: int = 30):
        template = QUERIES.get(resolution, QUERIES["daily"])
        sql = template.format(hive=hive_id, days=int(days))
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(sql, member_id)
        return [{"t": r["bucket"].isoformat(), "grams": float(r["grams"])} for r in rows]

    async def close(self) -> None:
        await self.pool.close()


async def history_for_member(service: WeightHistoryService, member_id: int, params: dict):
    series = await service.series(
        member_id,
        params["hive"],
        params.get("resolution", "daily"),
        params.get("days", 30),
    )
    return {"hive": params["hive"], "points": series, "count": len(series)}
