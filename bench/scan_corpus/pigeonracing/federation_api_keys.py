"""API used by club results software to fetch race and ring data.

Each club's software sends the federation API key in ``X-API-Key``.
"""
from __future__ import annotations

import os
from functools import cached_property

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel


class RaceSummary(BaseModel):
    race_id: int
    liberation_point: str
    liberated_at: str
    birds_sent: int


class ApiKeyGuard:
    def __init__(self, env_var: str = "FEDERATION_API_KEY"):
        self.env_var = env_var

    @cached_property
    def expected_key(self) -> str:
        value = os.environ.get(self.env_var)
        if not value:
            raise RuntimeError(f"{self.env_var} is not configured")
        return value

    def __call__(self, x_api_key: str = Header(default="")) -> None:
        if not x_api_key or x_api_key != self.expected_key:
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED,
                                detail="invalid API key")


require_api_key = ApiKeyGuard()
app = FastAPI(title="Federation club API")

_RACES = {
    101: RaceSummary(race_id=101, liberation_point="Tours", liberated_at="2024-06-08T06:30:00Z",
                     birds_sent=1843),
    102: RaceSummary(race_id=102, liberation_point="Fougeres", liberated_at="2024-06-15T07:00:00Z",
                     birds_sent=2011),
}


@app.get("/races/{race_id}", response_model=RaceSummary, dependencies=[Depends(require_api_key)])
def get_race(race_id: int) -> RaceSummary:
    race = _RACES.get(race_id)
    if race is None:
        raise HTTPException(status_code=404, detail="race not found")
    return race


@app.get("/races", response_model=list[RaceSummary], dependencies=[Depends(require_api_key)])
def list_races() -> list[RaceSummary]:
    return sorted(_RACES.values(), key=lambda r: r.race_id)
