"""Tower-side service that reports bell-sensor readings to the guild simulator hub.

The hub polls this service; each poll carries the tower's API key in the
``X-Tower-Key`` header, checked against the key provisioned on the device.
"""
from __future__ import annotations

import logging
import secrets
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic_settings import BaseSettings

from sensor_bus import read_strike_times

log = logging.getLogger("tower.sensors")


class DeviceSettings(BaseSettings):
    tower_code: str
    api_key_file: str = "/etc/tower-sensors/api_key"
    bells: int = 8


class KeyGuard:
    def __init__(self, settings: DeviceSettings) -> None:
        self._settings = settings

    @property
    def provisioned_key(self) -> str:
        with open(self._settings.api_key_file, encoding="utf-8") as fh:
            return fh.read().strip()

    def check(self, presented: str | None) -> None:
        if not presented or not secrets.compare_digest(presented, self.provisioned_key):
            raise HTTPException(status_code=401, detail="invalid tower key")


@lru_cache
def get_settings() -> DeviceSettings:
    return DeviceSettings()


def require_key(x_tower_key: str | None = Header(default=None),
                settings: DeviceSettings = Depends(get_settings)) -> None:
    KeyGuard(settings).check(x_tower_key)


app = FastAPI()


@app.get("/strikes", dependencies=[Depends(require_key)])
def strikes(since_ms: int = 0, settings: DeviceSettings = Depends(get_settings)):
    readings = read_strike_times(bells=settings.bells, since_ms=since_ms)
    return {
        "tower": settings.tower_code,
        "strikes": [{"bell": r.bell, "at_ms": r.at_ms} for r in readings],
    }


@app.get("/health")
def health():
    return {"ok": True}
