"""Ingests readings from the walk-in freezer sensors.

Specimens waiting for the bench are kept frozen; each freezer has a small
sensor box that posts temperature readings with its device id and key.
"""
from __future__ import annotations

import logging
import secrets
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger(__name__)


class SensorSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FREEZER_")

    device_keys: dict[str, str]
    alarm_threshold_c: float = -15.0


settings = SensorSettings()
app = FastAPI(title="freezer sensors")


class Reading(BaseModel):
    device_id: str
    taken_at: datetime
    temperature_c: float = Field(ge=-60, le=40)
    door_open: bool = False


class DeviceAuth:
    def __init__(self, keys: dict[str, str]) -> None:
        self._keys = keys

    def check(self, device_id: str, presented: str) -> bool:
        expected = self._keys.get(device_id)
        if expected is None:
            return False
        return secrets.compare_digest(expected.encode(), presented.encode())


auth = DeviceAuth(settings.device_keys)


def require_device(reading: Reading, x_device_key: str = Header(...)) -> Reading:
    if not auth.check(reading.device_id, x_device_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown device")
    return reading


@app.post("/freezer/readings", status_code=202)
def ingest(reading: Reading = Depends(require_device)):
    from .storage import append_reading, raise_alarm

    append_reading(reading.device_id, reading.taken_at, reading.temperature_c, reading.door_open)
    if reading.device_id == "walkin-2" and reading.door_open:
        log.info("walk-in 2 door open at %s", reading.taken_at.isoformat())
    if reading.temperature_c > settings.alarm_threshold_c:
        raise_alarm(reading.device_id, reading.temperature_c)
        log.warning("freezer %s warm: %.1f C", reading.device_id, reading.temperature_c)
    return {"accepted": True}
