"""Device authentication for the assessor tablets' sign-off upload.

Assessors sign off NVQ units on a tablet while on site; at the end of the
day the tablet uploads the sign-offs with the shared device key.
"""
from __future__ import annotations

import os
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field


@dataclass(frozen=True)
class DeviceSettings:
    device_key: str
    db_path: str

    @classmethod
    def from_env(cls) -> "DeviceSettings":
        return cls(
            device_key=os.environ["ASSESSOR_DEVICE_KEY"],
            db_path=os.environ.get("LOGBOOK_DB", "/var/lib/walling/logbook.db"),
        )


@lru_cache(maxsize=1)
def get_settings() -> DeviceSettings:
    return DeviceSettings.from_env()


def require_device(
    x_device_key: str = Header(...),
    settings: DeviceSettings = Depends(get_settings),
) -> None:
    if not secrets.compare_digest(x_device_key.encode(), settings.device_key.encode()):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown device")


class UnitSignOff(BaseModel):
    apprentice_id: int
    unit_code: str = Field(pattern=r"^DSW\d{3}$")
    signed_on: date
    assessor_id: int
    comments: str = Field(default="", max_length=2000)


app = FastAPI(title="Assessor sign-off upload")


@app.post("/signoffs", status_code=201, dependencies=[Depends(require_device)])
def upload_signoffs(items: list[UnitSignOff], settings: DeviceSettings = Depends(get_settings)):
    conn = sqlite3.connect(settings.db_path)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO unit_signoff (apprentice_id, unit_code, signed_on,"
                " assessor_id, comments) VALUES (?, ?, ?, ?, ?)",
                [
                    (i.apprentice_id, i.unit_code, i.signed_on.isoformat(),
                     i.assessor_id, i.comments)
                    for i in items
                ],
            )
    finally:
        conn.close()
    return {"stored": len(items)}
