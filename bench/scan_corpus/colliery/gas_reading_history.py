"""Historical gas readings for a single sensor head.

Ventilation officers review the methane and CO trend for a sensor around an
alarm. Readings are kept in a local SQLite historian on each district
concentrator, queried asynchronously by the trend service.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import aiosqlite
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from colliery.config import settings


class ReadingRepository:
    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    @staticmethod
    def _window_sql(sensor_id: str, start: datetime, end: datetime) -> str:
        return (
            "SELECT recorded_at, gas, value_ppm FROM readings "
            f"WHERE sensor_id = '{sensor_id}' "
            f"AND recorded_at BETWEEN '{start:%Y-%m-%d %H:%M:%S}' AND '{end:%Y-%m-%d %H:%M:%S}' "
            "ORDER BY recorded_at"
        )

    async def window(self, sensor_id: str, start: datetime, end: datetime) -> list[dict]:
        query = self._window_sql(sensor_id, start, end)
        async with aiosqlite.connect(self.db_path) as db:
            db.row_factory = aiosqlite.Row
            async with db.execute(query) as cursor:
                return [dict(row) async for row in cursor]


repository = ReadingRepository(settings.HISTORIAN_PATH)


async def sensor_trend(request: Request) -> JSONResponse:
    sensor_id = request.path_params["sensor_id"]
    hours = min(int(request.query_params.get("hours", "6")), 72)
    end = datetime.utcnow()
    start = end - timedelta(hours=hours)
    readings = await repository.window(sensor_id, start, end)
    return JSONResponse({"sensor": sensor_id, "hours": hours, "readings": readings})


app = Starlette(routes=[Route("/sensors/{sensor_id}/trend", sensor_trend)])
