"""API-key authentication for contractor tablets at pumping stations."""
from __future__ import annotations

import os
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status


class StationKeyring:
    env_prefix = "STATION_KEY_"

    def __init__(self, keys: dict[str, str]) -> None:
        self._keys = keys

    @classmethod
    def from_environment(cls) -> "StationKeyring":
        keys = {
            name[len(cls.env_prefix):].lower(): value
            for name, value in os.environ.items()
            if name.startswith(cls.env_prefix)
        }
        return cls(keys)

    def knows(self, station: str) -> bool:
        return station.lower() in self._keys

    def matches(self, station: str, presented: str) -> bool:
        stored = self._keys.get(station.lower())
        return stored is not None and stored == presented


@lru_cache(maxsize=1)
def keyring() -> StationKeyring:
    return StationKeyring.from_environment()


def require_station_key(
    station: str,
    x_station_key: str = Header(...),
    ring: StationKeyring = Depends(keyring),
) -> str:
    if not ring.knows(station) or not ring.matches(station, x_station_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown station key")
    return station


app = FastAPI(title="Pumping station contractor API")


@app.get("/stations/{station}/pumps")
def pump_status(station: str = Depends(require_station_key)) -> dict:
    return {"station": station, "pumps": app.state.scada.pump_status(station)}


@app.post("/stations/{station}/visits")
def log_visit(work_order: str, station: str = Depends(require_station_key)) -> dict:
    visit_id = app.state.visits.open(station=station, work_order=work_order)
    return {"visit_id": visit_id}
