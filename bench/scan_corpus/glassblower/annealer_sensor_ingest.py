"""Ingest endpoint for thermocouple readings sent by the annealer sensor boards."""

import secrets
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from hotshop.config import settings
from hotshop.telemetry import save_readings

app = FastAPI(title="annealer-ingest")


class SensorKeyring:
    def __init__(self, raw: str):
        self.keys = [k.strip() for k in raw.split(",") if k.strip()]

    def allows(self, presented: str) -> bool:
        return any(secrets.compare_digest(presented, key) for key in self.keys)


keyring = SensorKeyring(settings.ANNEALER_SENSOR_KEYS)


class Reading(BaseModel):
    probe: str
    celsius: float
    taken_at: datetime


class Batch(BaseModel):
    board_id: str
    firmware: str
    readings: list[Reading]


async def authorised_board(x_sensor_key: str = Header(...)) -> None:
    if not keyring.allows(x_sensor_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown sensor board")


@app.post("/readings", dependencies=[Depends(authorised_board)])
async def ingest(batch: Batch):
    if batch.firmware != settings.ANNEALER_FIRMWARE_VERSION:
        raise HTTPException(status.HTTP_409_CONFLICT, "firmware update required")
    await save_readings(batch.board_id, [r.model_dump() for r in batch.readings])
    return {"accepted": len(batch.readings)}
