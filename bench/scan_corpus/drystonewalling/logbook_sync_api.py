"""Sync endpoint for the site tablets apprentices use to fill in logbooks.

Each evening the tablets push the day's entries (wall length built,
batter checked, coping style, instructor sign-off) to the office server.
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field


@dataclass(frozen=True)
class SyncSettings:
    device_key: str
    db_path: str

    @classmethod
    def from_env(cls) -> "SyncSettings":
        return cls(
            device_key=os.environ["LOGBOOK_DEVICE_KEY"],
            db_path=os.environ.get("LOGBOOK_DB", "/var/lib/walling/logbook.db"),
        )


@lru_cache(maxsize=1)
def get_settings() -> SyncSettings:
    return SyncSettings.from_env()


def require_device(
    x_device_key: str = Header(...),
    settings: SyncSettings = Depends(get_settings),
) -> None:
    if x_device_key != settings.device_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown device")


class LogbookEntry(BaseModel):
    apprentice_id: int
    worked_on: date
    site_ref: str = Field(max_length=32)
    metres_built: float = Field(ge=0, le=50)
    coping_style: str = Field(max_length=40)
    instructor_initials: str = Field(max_length=4)


app = FastAPI(title="Logbook sync")


@app.post("/sync/entries", status_code=201, dependencies=[Depends(require_device)])
def push_entries(entries: list[LogbookEntry], settings: SyncSettings = Depends(get_settings)):
    conn = sqlite3.connect(settings.db_path)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO logbook_entry (apprentice_id, worked_on, site_ref,"
                " metres_built, coping_style, instructor_initials) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (e.apprentice_id, e.worked_on.isoformat(), e.site_ref,
                     e.metres_built, e.coping_style, e.instructor_initials)
                    for e in entries
                ],
            )
    finally:
        conn.close()
    return {"stored": len(entries)}
