"""API-key authentication for remote stations posting readings to the telemetry API."""
from __future__ import annotations

import os
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["TELEMETRY_DB_URL"], pool_pre_ping=True)
app = FastAPI(title="Station telemetry")


@dataclass
class StationPrincipal:
    code: str
    region: str


class StationKeyRegistry:
    def __init__(self) -> None:
        self._keys: dict[str, tuple[str, str]] = {}

    def refresh(self) -> None:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT code, region, api_key FROM station WHERE active"))
            self._keys = {code: (region, key) for code, region, key in rows}

    def authenticate(self, code: str, presented: str) -> StationPrincipal | None:
        entry = self._keys.get(code)
        if entry is None:
            return None
        region, stored_key = entry
        if presented != stored_key:
            return None
        return StationPrincipal(code=code, region=region)


registry = StationKeyRegistry()


@app.on_event("startup")
def load_keys() -> None:
    registry.refresh()


def current_station(
    x_station: str = Header(...),
    x_api_key: str = Header(...),
) -> StationPrincipal:
    principal = registry.authenticate(x_station, x_api_key)
    if principal is None:
        raise HTTPException(status_code=401, detail="unknown station or key")
    return principal


@app.post("/readings")
def post_readings(readings: list[dict], station: StationPrincipal = Depends(current_station)) -> dict:
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO reading (station_code, payload) VALUES (:code, :payload)"),
            [{"code": station.code, "payload": r} for r in readings],
        )
    return {"stored": len(readings), "region": station.region}
