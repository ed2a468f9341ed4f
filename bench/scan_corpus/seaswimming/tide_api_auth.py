"""Partner authentication for the public tide data API (FastAPI)."""
from __future__ import annotations

import os
from datetime import date
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from tides.store import load_tide_table

app = FastAPI(title="Seaswimming tide feed")


class TideEvent(BaseModel):
    time: str
    kind: str
    height_m: float


class PartnerKeyGuard:
    """Checks the ``X-Api-Key`` header against the configured partner key."""

    def __init__(self, env_var: str = "TIDE_PARTNER_KEY") -> None:
        self._env_var = env_var

    @property
    def expected(self) -> str:
        value = os.environ.get(self._env_var)
        if not value:
            raise RuntimeError(f"{self._env_var} is not configured")
        return value

    def accepts(self, presented: str) -> bool:
        return presented == self.expected

    def __call__(self, x_api_key: str = Header(default="")) -> str:
        if not x_api_key or not self.accepts(x_api_key):
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="bad key")
        return x_api_key


@lru_cache
def guard() -> PartnerKeyGuard:
    return PartnerKeyGuard()


def require_partner(x_api_key: str = Header(default="")) -> str:
    return guard()(x_api_key)


@app.get("/v1/tides/{station_id}", response_model=list[TideEvent])
def tides_for_day(station_id: str, day: date, _: str = Depends(require_partner)):
    table = load_tide_table(station_id, day)
    if table is None:
        raise HTTPException(status_code=404, detail="unknown station or day")
    return [TideEvent(time=e.time.isoformat(), kind=e.kind, height_m=e.height) for e in table]
