"""Ingest API for checkpoint timing devices on regularity rallies.

Marshals at each time control carry a small rugged tablet that posts the
passage time of every car. Devices authenticate with a shared key that is
provisioned before each event.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from sqlalchemy import create_engine, text


@dataclass(frozen=True)
class TimingSettings:
    device_key: str
    database_url: str

    @classmethod
    def from_env(cls) -> "TimingSettings":
        return cls(
            device_key=os.environ["TIMING_DEVICE_KEY"],
            database_url=os.environ["TIMING_DATABASE_URL"],
        )


@lru_cache
def get_settings() -> TimingSettings:
    return TimingSettings.from_env()


@lru_cache
def get_engine():
    return create_engine(get_settings().database_url, pool_pre_ping=True)


class Passage(BaseModel):
    rally_id: int
    control_code: str
    car_number: int
    passed_at: datetime


app = FastAPI(title="Rally timing ingest")


def require_device(
    x_device_key: str = Header(...),
    settings: TimingSettings = Depends(get_settings),
) -> None:
    if x_device_key != settings.device_key:
        raise HTTPException(status_code=401, detail="unknown device")


@app.post("/timing/passages", status_code=201, dependencies=[Depends(require_device)])
def record_passage(passage: Passage):
    with get_engine().begin() as conn:
        conn.execute(
            text(
                "INSERT INTO passages (rally_id, control_code, car_number, passed_at)"
                " VALUES (:rally, :control, :car, :at)"
                " ON CONFLICT (rally_id, control_code, car_number) DO UPDATE"
                " SET passed_at = EXCLUDED.passed_at"
            ),
            {
                "rally": passage.rally_id,
                "control": passage.control_code.upper(),
                "car": passage.car_number,
                "at": passage.passed_at,
            },
        )
    return {"recorded": True}
