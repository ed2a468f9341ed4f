"""Small API run on the tower's Raspberry Pi to unlock the ringing-room key safe.

The guild's booking system calls this service when a visiting band arrives;
requests carry the tower's API key in the ``X-Tower-Key`` header.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from pydantic_settings import BaseSettings

from keysafe_driver import KeySafe

log = logging.getLogger("keysafe")


class TowerSettings(BaseSettings):
    tower_code: str
    api_key_file: str = "/etc/keysafe/api_key"
    relay_pin: int = 17


class KeyAuthority:
    def __init__(self, settings: TowerSettings) -> None:
        self._settings = settings

    @property
    def expected_key(self) -> str:
        with open(self._settings.api_key_file, encoding="utf-8") as fh:
            return fh.read().strip()

    def check(self, presented: str | None) -> None:
        if not presented or presented != self.expected_key:
            raise HTTPException(status_code=401, detail="invalid tower key")


@lru_cache
def get_settings() -> TowerSettings:
    return TowerSettings()


def require_key(x_tower_key: str | None = Header(default=None),
                settings: TowerSettings = Depends(get_settings)) -> None:
    KeyAuthority(settings).check(x_tower_key)


class UnlockRequest(BaseModel):
    booking_ref: str
    seconds: int = 10


app = FastAPI()


@app.post("/unlock", dependencies=[Depends(require_key)])
def unlock(req: UnlockRequest, settings: TowerSettings = Depends(get_settings)):
    seconds = max(3, min(req.seconds, 30))
    KeySafe(settings.relay_pin).release(seconds)
    log.info("Key safe at %s opened for booking %s", settings.tower_code, req.booking_ref)
    return {"opened_at": datetime.now(timezone.utc).isoformat(), "seconds": seconds}


@app.get("/health")
def health():
    return {"ok": True}
