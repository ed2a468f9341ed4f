"""Unlock endpoint called by the locker kiosk touchscreen.

The customer types the pickup code on the kiosk; the kiosk forwards it
here and opens the door if the code matches the active booking.
"""
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from cobbler.kiosk_auth import require_kiosk
from cobbler.repositories import locker_repo

router = APIRouter(prefix="/kiosk/lockers")


class UnlockRequest(BaseModel):
    door: int
    code: str


@dataclass
class ActiveBooking:
    booking_id: int
    door: int
    pickup_code: str
    expires_at: datetime
    attempts: int

    def accepts(self, code: str) -> bool:
        if self.expires_at < datetime.now(timezone.utc):
            return False
        return self.pickup_code == code.strip().upper()


async def load_booking(bank: str, door: int) -> ActiveBooking | None:
    row = await locker_repo.active_booking(bank, door)
    return ActiveBooking(**row) if row else None


@router.post("/{bank}/unlock")
async def unlock(bank: str, body: UnlockRequest, kiosk=Depends(require_kiosk)):
    booking = await load_booking(bank, body.door)
    if booking is None:
        raise HTTPException(status_code=404, detail="no parcel in this locker")
    if booking.attempts >= 5:
        raise HTTPException(status_code=423, detail="locker locked, contact the store")
    if not booking.accepts(body.code):
        await locker_repo.increment_attempts(booking.booking_id)
        raise HTTPException(status_code=403, detail="wrong code")
    await locker_repo.release(booking.booking_id)
    await kiosk.open_door(body.door)
    return {"opened": body.door}
