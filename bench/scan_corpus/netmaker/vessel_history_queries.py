"""Repair history per vessel, used when quoting a new job.

The estimator looks at what was done to a vessel's gear before: repeated
damage to the same panel usually means the rigging is off.
"""
from datetime import date
from typing import Optional

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from netmaker.settings import settings

engine = create_async_engine(settings.ASYNC_DATABASE_URL)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)

HISTORY_SQL = text(
    """
    SELECT o.id, o.gear_type, d.panel, d.kind, d.area_m2, o.completed_on
    FROM repair_orders o
    JOIN damage_entries d ON d.order_id = o.id
    JOIN vessels v ON v.id = o.vessel_id
    WHERE v.registration = :registration
      AND (:gear IS NULL OR o.gear_type = :gear)
      AND o.completed_on >= :since
    ORDER BY o.completed_on DESC
    """
)


async def vessel_history(session: AsyncSession, registration: str, since: date, gear: Optional[str] = None):
    result = await session.execute(
        HISTORY_SQL, {"registration": registration.upper(), "gear": gear, "since": since}
    )
    return result.mappings().all()


async def repeated_panels(registration: str, since: date, gear: Optional[str] = None) -> dict:
    async with SessionLocal() as session:
        rows = await vessel_history(session, registration, since, gear)
    counts: dict = {}
    for row in rows:
        counts[row["panel"]] = counts.get(row["panel"], 0) + 1
    return {panel: n for panel, n in counts.items() if n > 1}
