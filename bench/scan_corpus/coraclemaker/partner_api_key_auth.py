"""API-key authentication for the booking partner API (FastAPI).

Each partner gets an ``X-Partner-Id`` and an ``X-Api-Key``.  Keys are issued
by the operations team and kept in a JSON key file mounted from the secret
store; the path comes from ``PARTNER_KEYS_FILE``.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel


class PartnerKeyRing:
    def __init__(self, keys: dict[str, str]) -> None:
        self._keys = keys

    @classmethod
    def from_file(cls, path: Path) -> "PartnerKeyRing":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    @staticmethod
    def _same(presented: str, stored: str) -> bool:
        return presented == stored

    def check(self, partner_id: str, presented: str) -> bool:
        stored = self._keys.get(partner_id)
        return stored is not None and self._same(presented, stored)


@lru_cache(maxsize=1)
def keyring() -> PartnerKeyRing:
    return PartnerKeyRing.from_file(Path(os.environ["PARTNER_KEYS_FILE"]))


def current_partner(
    x_partner_id: str = Header(...),
    x_api_key: str = Header(...),
    ring: PartnerKeyRing = Depends(keyring),
) -> str:
    if not ring.check(x_partner_id, x_api_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid partner credentials")
    return x_partner_id


class Availability(BaseModel):
    trip_date: str
    departures: list[str]
    places_left: int


app = FastAPI(title="Coracle river trips partner API")


@app.get("/v1/trips/{trip_date}/availability", response_model=Availability)
def availability(trip_date: str, partner: str = Depends(current_partner)) -> Availability:
    from .inventory import departures_for

    slots = departures_for(trip_date)
    return Availability(
        trip_date=trip_date,
        departures=[s.time for s in slots],
        places_left=sum(s.places_left for s in slots),
    )
