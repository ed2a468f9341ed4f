"""Site check-in endpoint for the crew tablets carried on each delivery van."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel

from .storage import DeviceStore, ShiftStore, get_device_store, get_shift_store

router = APIRouter(prefix="/crew")


@dataclass
class CheckinDevice:
    device_id: str
    van_reg: str
    token_hex: str
    retired: bool = False

    @property
    def token(self) -> str:
        return self.token_hex.lower()

    def accepts(self, presented: str) -> bool:
        return not self.retired and presented.strip().lower() == self.token


class CheckinRequest(BaseModel):
    crew_id: int
    booking_ref: str
    latitude: float
    longitude: float


class CheckinResponse(BaseModel):
    shift_id: int
    checked_in_at: datetime


def authenticated_device(
    x_device_id: str = Header(...),
    x_device_token: str = Header(...),
    devices: DeviceStore = Depends(get_device_store),
) -> CheckinDevice:
    record = devices.get(x_device_id)
    if record is None:
        raise HTTPException(status_code=401, detail="unknown device")
    device = CheckinDevice(**record)
    if not device.accepts(x_device_token):
        raise HTTPException(status_code=401, detail="device not authorised")
    return device


@router.post("/checkin", response_model=CheckinResponse)
def check_in(
    body: CheckinRequest,
    device: CheckinDevice = Depends(authenticated_device),
    shifts: ShiftStore = Depends(get_shift_store),
):
    booking = shifts.booking_for_crew(body.crew_id, body.booking_ref)
    if booking is None:
        raise HTTPException(status_code=404, detail="crew member is not rostered on this booking")
    now = datetime.now(timezone.utc)
    shift_id = shifts.open_shift(
        crew_id=body.crew_id,
        booking_id=booking.id,
        van_reg=device.van_reg,
        lat=body.latitude,
        lon=body.longitude,
        started_at=now,
    )
    return CheckinResponse(shift_id=shift_id, checked_in_at=now)
