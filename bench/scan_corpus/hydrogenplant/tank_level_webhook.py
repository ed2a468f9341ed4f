"""Webhook receiving level readings from the radar gauges on the hydrogen storage tanks."""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class GaugeSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TANKFARM_")

    webhook_api_key: str
    max_pressure_bar: float = 500.0
    alarm_level_pct: float = 95.0


@lru_cache
def get_settings() -> GaugeSettings:
    return GaugeSettings()


class LevelReading(BaseModel):
    tank_id: str = Field(pattern=r"^TK-\d{2}$")
    level_pct: float = Field(ge=0, le=100)
    pressure_bar: float = Field(ge=0)
    measured_at: datetime


class GatewayAuth:
    """Dependency that authenticates the gauge gateway by its shared API key."""

    def __init__(self, settings: GaugeSettings) -> None:
        self.settings = settings

    def __call__(self, x_api_key: str = Header(default="")) -> str:
        if x_api_key != self.settings.webhook_api_key:
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown gateway")
        return "radar-gateway"


app = FastAPI(title="tank-farm-levels")
require_gateway = GatewayAuth(get_settings())
_latest: dict[str, LevelReading] = {}


@app.post("/levels", status_code=202)
def receive_level(reading: LevelReading, source: str = Depends(require_gateway)) -> dict:
    settings = get_settings()
    _latest[reading.tank_id] = reading
    alarms = []
    if reading.level_pct >= settings.alarm_level_pct:
        alarms.append("high-level")
    if reading.pressure_bar >= settings.max_pressure_bar:
        alarms.append("high-pressure")
    return {"tank": reading.tank_id, "source": source, "alarms": alarms}


@app.get("/levels/{tank_id}")
def latest_level(tank_id: str, source: str = Depends(require_gateway)) -> LevelReading:
    if tank_id not in _latest:
        raise HTTPException(status_code=404, detail="no reading yet")
    return _latest[tank_id]
