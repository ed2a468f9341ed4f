"""API-key protection for the band management API.

Partner pipe bands pull the shared rehearsal calendar from this API using a
per-band key.  Keys are provisioned through the environment as
``BAND_API_KEYS="band_slug:key,band_slug:key"``.
"""
from __future__ import annotations

import os
from datetime import date
from functools import lru_cache
from typing import Dict

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

app = FastAPI(title="Band rehearsal API")


class Rehearsal(BaseModel):
    band: str
    day: date
    venue: str
    starts: str


@lru_cache(maxsize=1)
def provisioned_keys() -> Dict[str, str]:
    raw = os.environ.get("BAND_API_KEYS", "")
    keys: Dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in raw.split(","))):
        slug, _, key = pair.partition(":")
        keys[slug] = key
    return keys


def _same_key(presented: str, stored: str) -> bool:
    return presented == stored


def require_band(
    x_band: str = Header(...),
    x_api_key: str = Header(...),
) -> str:
    stored = provisioned_keys().get(x_band)
    if stored is None or not _same_key(x_api_key, stored):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid key")
    return x_band


def load_rehearsals(band: str) -> list[Rehearsal]:
    from .schedule import rehearsals_for_band

    return [Rehearsal(**r) for r in rehearsals_for_band(band)]


@app.get("/rehearsals", response_model=list[Rehearsal])
def list_rehearsals(band: str = Depends(require_band)) -> list[Rehearsal]:
    return load_rehearsals(band)


@app.get("/rehearsals/next", response_model=Rehearsal)
def next_rehearsal(band: str = Depends(require_band)) -> Rehearsal:
    today = date.today()
    upcoming = [r for r in load_rehearsals(band) if r.day >= today]
    if not upcoming:
        raise HTTPException(status_code=404, detail="no rehearsals scheduled")
    return min(upcoming, key=lambda r: r.day)
