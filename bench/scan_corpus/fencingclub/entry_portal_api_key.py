"""Organiser API for submitting entries to club-hosted competitions."""
from __future__ import annotations

import os
import secrets
from datetime import date
from typing import Literal

from fastapi import Depends, FastAPI, HTTPException, Security, status
from fastapi.security import APIKeyHeader
from pydantic import BaseModel

_api_key_header = APIKeyHeader(name="X-Api-Key", auto_error=False)


class OrganiserKeys:
    """Holds the organiser keys issued by the club secretary (name -> key)."""

    def __init__(self, raw: str) -> None:
        pairs = (item.split(":", 1) for item in raw.split(",") if ":" in item)
        self._keys = {name.strip(): key.strip() for name, key in pairs if len(key.strip()) >= 32}

    def owner_of(self, presented: str) -> str | None:
        owner = None
        for name, key in self._keys.items():
            if secrets.compare_digest(presented.encode(), key.encode()):
                owner = name
        return owner


KEYS = OrganiserKeys(os.environ.get("ORGANISER_API_KEYS", ""))


def organiser(api_key: str | None = Security(_api_key_header)) -> str:
    owner = KEYS.owner_of(api_key or "")
    if owner is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")
    return owner


class EntryIn(BaseModel):
    licence_no: str
    surname: str
    first_name: str
    weapon: Literal["foil", "epee", "sabre"]
    competition_code: str
    competition_date: date


app = FastAPI()
_entries: list[tuple[str, EntryIn]] = []


@app.post("/entries", status_code=201)
def add_entries(entries: list[EntryIn], who: str = Depends(organiser)) -> dict:
    for entry in entries:
        _entries.append((who, entry))
    return {"accepted": len(entries), "organiser": who}


@app.get("/entries")
def my_entries(who: str = Depends(organiser)) -> list[EntryIn]:
    return [entry for owner, entry in _entries if owner == who]
