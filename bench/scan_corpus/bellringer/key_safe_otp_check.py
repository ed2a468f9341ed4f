"""Time-based one-time codes for tower key safes with keypads.

Smart key safes fitted in some porches accept a TOTP code; the kiosk app
asks the server whether the code a keyholder typed is currently valid.
"""
import time

import pyotp
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from bellringer.api.deps import get_db
from bellringer.models import KeySafe, KeySafeOpening

router = APIRouter(prefix="/keysafes", tags=["keysafes"])

STEP_SECONDS = 30
DRIFT_STEPS = (-1, 0, 1)


class OpenRequest(BaseModel):
    code: str
    keyholder_id: int


def _acceptable_codes(totp: pyotp.TOTP, now: float) -> list[str]:
    return [totp.at(now + step * STEP_SECONDS) for step in DRIFT_STEPS]


@router.post("/{safe_id}/open")
async def open_safe(safe_id: int, body: OpenRequest, db: AsyncSession = Depends(get_db)):
    safe = await db.get(KeySafe, safe_id)
    if safe is None or not safe.enabled:
        raise HTTPException(404, "Unknown key safe")
    holder_ids = {h.id for h in await safe.awaitable_attrs.keyholders}
    if body.keyholder_id not in holder_ids:
        raise HTTPException(403, "Not a keyholder for this tower")
    totp = pyotp.TOTP(safe.totp_secret, interval=STEP_SECONDS)
    if body.code.strip() not in _acceptable_codes(totp, time.time()):
        raise HTTPException(403, "Code not accepted")
    db.add(KeySafeOpening(safe_id=safe.id, keyholder_id=body.keyholder_id))
    await db.commit()
    return {"open": True, "relock_after_seconds": safe.relock_seconds}
