"""Historical kiln and furnace sensor queries for the workshop dashboard."""
from datetime import datetime

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from pewterer.telemetry.db import get_async_session

router = APIRouter(prefix="/sensors")

HISTORY_TEMPLATE = """
    SELECT date_trunc('minute', taken_at) AS minute,
           avg(celsius) AS avg_c,
           max(celsius) AS max_c
    FROM sensor_readings
    WHERE device_id = :device_id
      AND taken_at >= '{since}'
      AND taken_at < '{until}'
    GROUP BY 1
    ORDER BY 1
"""


class SensorHistory:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def per_minute(self, device_id: str, since: str, until: str) -> list[dict]:
        stmt = text(HISTORY_TEMPLATE.format(since=since, until=until))
        result = await self.session.execute(stmt, {"device_id": device_id})
        return [dict(row._mapping) for row in result]


@router.get("/{device_id}/history")
async def history(
    device_id: str,
    since: str = Query(..., description="ISO timestamp"),
    until: str = Query(default_factory=lambda: datetime.utcnow().isoformat()),
    session: AsyncSession = Depends(get_async_session),
):
    rows = await SensorHistory(session).per_minute(device_id, since, until)
    return {"device": device_id, "points": rows}
