"""Nightly roll-up of webfont pageviews per kit for licence quota enforcement."""

import asyncio
from datetime import date, timedelta

from sqlalchemy import bindparam, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from typefounder.config import settings

ROLLUP_SQL = text(
    "INSERT INTO kit_daily_usage (kit_id, day, pageviews) "
    "SELECT kit_id, :day, COUNT(*) FROM kit_requests "
    "WHERE requested_at >= :start AND requested_at < :end AND kit_id IN :kit_ids "
    "GROUP BY kit_id "
    "ON CONFLICT (kit_id, day) DO UPDATE SET pageviews = EXCLUDED.pageviews"
).bindparams(bindparam("kit_ids", expanding=True))

ACTIVE_KITS_SQL = text("SELECT id FROM webfont_kits WHERE status = 'active' ORDER BY id")


async def active_kit_ids(session: AsyncSession) -> list[int]:
    result = await session.execute(ACTIVE_KITS_SQL)
    return list(result.scalars())


async def rollup_day(session: AsyncSession, day: date, batch_size: int = 500) -> int:
    kit_ids = await active_kit_ids(session)
    start, end = day, day + timedelta(days=1)
    for offset in range(0, len(kit_ids), batch_size):
        batch = kit_ids[offset : offset + batch_size]
        await session.execute(ROLLUP_SQL, {"day": day, "start": start, "end": end, "kit_ids": batch})
    await session.commit()
    return len(kit_ids)


async def main(days_back: int = 1) -> None:
    engine = create_async_engine(settings.database_url, pool_pre_ping=True)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    async with sessions() as session:
        for n in range(days_back, 0, -1):
            day = date.today() - timedelta(days=n)
            count = await rollup_day(session, day)
            print(f"{day}: rolled up {count} kits")
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
