"""Pairing of in-home displays (IHDs) with a customer's smart meter.

The customer types the code shown in the portal into the IHD, which then sends
it to the head-end together with its MAC address.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import current_customer
from .db import get_session
from .models import PairingCode

router = APIRouter(prefix="/ihd")

CODE_TTL = timedelta(minutes=15)


class PairingResponse(BaseModel):
    code: str
    expires_at: datetime


@router.post("/{meter_id}/pairing-code", response_model=PairingResponse)
def create_pairing_code(meter_id: str, customer=Depends(current_customer), db=Depends(get_session)):
    if meter_id not in customer.meter_ids:
        raise HTTPException(status_code=404, detail="meter not found")

    code = "".join(random.choices(string.digits, k=8))
    expires_at = datetime.now(timezone.utc) + CODE_TTL
    db.add(PairingCode(meter_id=meter_id, code=code, expires_at=expires_at))
    db.commit()
    return PairingResponse(code=code, expires_at=expires_at)
