"""Quick PIN unlock for surveyors' tablets on the hard standing.

Surveyors sign in once per day with their full credentials; after that the
tablet can be unlocked with a six-digit PIN stored against the device.
"""
import hashlib
import secrets

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession

from shipwright.db import get_session
from shipwright.models import SurveyorDevice

router = APIRouter(prefix="/tablet", tags=["surveyor-tablet"])

MAX_FAILED_UNLOCKS = 5


class PinPayload(BaseModel):
    device_id: str
    pin: str = Field(min_length=6, max_length=6, pattern=r"^\d{6}$")


def _pin_digest(pin: str, salt: bytes) -> str:
    return hashlib.blake2b(pin.encode(), salt=salt, digest_size=32).hexdigest()


@router.post("/pin", status_code=status.HTTP_204_NO_CONTENT)
async def set_pin(payload: PinPayload, session: AsyncSession = Depends(get_session)):
    device = await session.get(SurveyorDevice, payload.device_id)
    if device is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Unknown device")
    salt = secrets.token_bytes(16)
    device.pin_salt = salt.hex()
    device.pin_digest = _pin_digest(payload.pin, salt)
    device.failed_unlocks = 0
    await session.commit()


@router.post("/unlock")
async def unlock(payload: PinPayload, session: AsyncSession = Depends(get_session)):
    device = await session.get(SurveyorDevice, payload.device_id)
    if device is None or not device.pin_digest:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "PIN not set")
    if device.failed_unlocks >= MAX_FAILED_UNLOCKS:
        raise HTTPException(status.HTTP_423_LOCKED, "Full sign-in required")
    candidate = _pin_digest(payload.pin, bytes.fromhex(device.pin_salt))
    if not secrets.compare_digest(candidate, device.pin_digest):
        device.failed_unlocks += 1
        await session.commit()
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Incorrect PIN")
    device.failed_unlocks = 0
    await session.commit()
    return {"surveyor_id": device.surveyor_id, "unlocked": True}
