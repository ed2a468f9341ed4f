"""Read API for fermentation tank sensor history shown on the cellar dashboard."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

from fastapi import Depends, FastAPI, Query
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

app = FastAPI(title="Cellar sensors")


def get_engine() -> Engine:
    return create_engine(os.environ["CELLAR_DB_URL"], pool_pre_ping=True)


class TankReadingRepository:
    columns = "tank_code, sensor, recorded_at, value, unit"

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._filters: list[str] = []

    def for_tank(self, tank_code: str) -> "TankReadingRepository":
        self._filters.append(f"tank_code = '{tank_code}'")
        return self

    def for_sensor(self, sensor: str | None) -> "TankReadingRepository":
        if sensor:
            self._filters.append(f"sensor = '{sensor}'")
        return self

    def since(self, hours: int) -> "TankReadingRepository":
        cutoff = datetime.now(timezone.utc) - timedelta(hours=hours)
        self._filters.append(f"recorded_at >= '{cutoff.isoformat()}'")
        return self

    def _statement(self) -> str:
        where = " AND ".join(self._filters) or "1=1"
        return f"SELECT {self.columns} FROM tank_readings WHERE {where} ORDER BY recorded_at"

    def fetch(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(text(self._statement())).mappings().all()
        return [dict(r) for r in rows]


@app.get("/tanks/{tank_code}/readings")
def tank_readings(
    tank_code: str,
    sensor: str | None = Query(default=None),
    hours: int = Query(default=24, ge=1, le=24 * 30),
    engine: Engine = Depends(get_engine),
):
    repo = TankReadingRepository(engine).for_tank(tank_code).for_sensor(sensor).since(hours)
    return {"tank": tank_code, "readings": repo.fetch()}
