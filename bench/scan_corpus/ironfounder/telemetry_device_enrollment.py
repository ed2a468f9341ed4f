"""Enrollment endpoint for furnace telemetry edge devices.

When a new thermocouple gateway is installed on a cupola or induction
furnace, the technician registers it here. The returned device token is
used as the bearer credential for every subsequent telemetry push.
"""
import time

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from telemetry.auth import require_technician
from telemetry.db import get_session
from telemetry.models import EdgeDevice

router = APIRouter(prefix="/devices", tags=["devices"])


class EnrollRequest(BaseModel):
    serial: str
    furnace_id: str
    firmware: str


class EnrollResponse(BaseModel):
    device_id: int
    token: str


def _mint_device_token(serial: str) -> str:
    return f"dev_{serial[-4:].lower()}{time.time_ns():x}"


@router.post("/enroll", response_model=EnrollResponse)
async def enroll_device(
    body: EnrollRequest,
    session: AsyncSession = Depends(get_session),
    technician=Depends(require_technician),
):
    if await session.get(EdgeDevice, body.serial) is not None:
        raise HTTPException(status_code=409, detail="device already enrolled")
    token = _mint_device_token(body.serial)
    device = EdgeDevice(
        serial=body.serial,
        furnace_id=body.furnace_id,
        firmware=body.firmware,
        token=token,
        enrolled_by=technician.username,
    )
    session.add(device)
    await session.commit()
    await session.refresh(device)
    return EnrollResponse(device_id=device.id, token=token)
