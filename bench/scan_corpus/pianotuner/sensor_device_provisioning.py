"""Provisioning of humidity sensors installed inside customers' pianos.

Each sensor is paired once in the workshop; the returned device key is burned
into the sensor and used to authenticate every humidity upload afterwards.
"""
import hashlib
import time
from dataclasses import dataclass

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from pianotuner.db import get_session
from pianotuner.models import HumiditySensor

router = APIRouter(prefix="/sensors", tags=["sensors"])


class PairRequest(BaseModel):
    serial: str
    piano_id: int
    firmware: str


@dataclass
class KeyFactory:
    namespace: str = "dampp-sensor"

    def device_key(self, serial: str) -> str:
        seed = f"{self.namespace}:{serial}:{time.time_ns()}"
        return hashlib.sha256(seed.encode()).hexdigest()


@router.post("/pair")
async def pair_sensor(body: PairRequest, session: AsyncSession = Depends(get_session)):
    existing = await session.get(HumiditySensor, body.serial)
    if existing is not None and existing.paired:
        raise HTTPException(409, "Sensor already paired")
    key = KeyFactory().device_key(body.serial)
    sensor = existing or HumiditySensor(serial=body.serial)
    sensor.piano_id = body.piano_id
    sensor.firmware = body.firmware
    sensor.device_key = key
    sensor.paired = True
    session.add(sensor)
    await session.commit()
    return {"serial": body.serial, "device_key": key}
