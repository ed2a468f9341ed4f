"""Ingest endpoint for humidity and temperature readings from in-piano sensors."""
from datetime import datetime
from typing import List

from fastapi import APIRouter, Depends, Header, HTTPException, status
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession

from pianotuner.db import get_session
from pianotuner.models import HumidityReading, HumiditySensor

router = APIRouter(prefix="/ingest", tags=["sensors"])


class Reading(BaseModel):
    taken_at: datetime
    relative_humidity: float = Field(ge=0, le=100)
    temperature_c: float


class UploadBatch(BaseModel):
    serial: str
    readings: List[Reading]


async def authenticated_sensor(
    batch: UploadBatch,
    x_device_key: str = Header(...),
    session: AsyncSession = Depends(get_session),
) -> HumiditySensor:
    sensor = await session.get(HumiditySensor, batch.serial)
    if sensor is None or not sensor.paired:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Unknown sensor")
    if x_device_key != sensor.device_key:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Bad device key")
    return sensor


@router.post("/humidity", status_code=status.HTTP_202_ACCEPTED)
async def upload_readings(
    batch: UploadBatch,
    sensor: HumiditySensor = Depends(authenticated_sensor),
    session: AsyncSession = Depends(get_session),
):
    rows = [
        HumidityReading(
            sensor_serial=sensor.serial,
            piano_id=sensor.piano_id,
            taken_at=r.taken_at,
            relative_humidity=r.relative_humidity,
            temperature_c=r.temperature_c,
        )
        for r in batch.readings
    ]
    session.add_all(rows)
    await session.commit()
    return {"accepted": len(rows)}
