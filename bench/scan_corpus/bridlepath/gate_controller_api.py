"""Endpoints called by the solar-powered keypad controllers on managed gates.

Each controller reports its battery level and opening counts hourly, and
pulls the current code list when it changes.
"""
from __future__ import annotations

import os
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

from bridlepath.gates import repository

app = FastAPI(title="Gate controller API")


class Settings:
    controller_key: str = os.environ["GATE_CONTROLLER_KEY"]
    low_battery_volts: float = 11.6


settings = Settings()


class Heartbeat(BaseModel):
    gate_id: int
    battery_volts: float = Field(ge=0, le=20)
    openings_since_last: int = Field(ge=0)
    firmware: str
    sent_at: datetime


def require_controller(x_controller_key: str = Header(...)) -> None:
    if x_controller_key != settings.controller_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown controller")


@app.post("/v1/heartbeat", dependencies=[Depends(require_controller)])
async def heartbeat(beat: Heartbeat):
    await repository.record_heartbeat(
        beat.gate_id, beat.battery_volts, beat.openings_since_last, beat.firmware, beat.sent_at
    )
    if beat.battery_volts < settings.low_battery_volts:
        await repository.raise_maintenance_ticket(beat.gate_id, "battery low")
    return {"ok": True}


@app.get("/v1/gates/{gate_id}/codes", dependencies=[Depends(require_controller)])
async def current_codes(gate_id: int, since_version: int = 0):
    version, codes = await repository.active_codes(gate_id)
    if version == since_version:
        return {"version": version, "changed": False}
    return {"version": version, "changed": True, "codes": codes}
