"""API used by regional organisers to push competition entries to the club.

Organisers are issued a key by the club secretary; it is presented in the
``X-Api-Key`` header on every call.
"""
from __future__ import annotations

import os
from datetime import date
from typing import Literal

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field


class ApiKeyGuard:
    """FastAPI dependency checking the organiser key."""

    def __init__(self, expected: str) -> None:
        if len(expected) < 32:
            raise RuntimeError("organiser API key is too short")
        self._expected = expected

    def _matches(self, presented: str) -> bool:
        return presented == self._expected

    def __call__(self, x_api_key: str = Header(default="")) -> None:
        if not self._matches(x_api_key):
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="bad API key")


require_organiser = ApiKeyGuard(os.environ["ENTRY_API_KEY"])

app = FastAPI(title="Competition entries")


class Entry(BaseModel):
    licence_no: str = Field(min_length=4, max_length=20)
    surname: str
    first_name: str
    weapon: Literal["foil", "epee", "sabre"]
    category: Literal["U13", "U15", "U17", "U20", "senior", "veteran"]
    competition_code: str
    competition_date: date


_entries: dict[str, list[Entry]] = {}


@app.post("/entries", status_code=201, dependencies=[Depends(require_organiser)])
def submit_entries(entries: list[Entry]) -> dict:
    accepted = 0
    for entry in entries:
        bucket = _entries.setdefault(entry.competition_code, [])
        if any(e.licence_no == entry.licence_no and e.weapon == entry.weapon for e in bucket):
            continue
        bucket.append(entry)
        accepted += 1
    return {"accepted": accepted, "received": len(entries)}


@app.get("/entries/{competition_code}", dependencies=[Depends(require_organiser)])
def list_entries(competition_code: str) -> list[Entry]:
    return _entries.get(competition_code, [])
