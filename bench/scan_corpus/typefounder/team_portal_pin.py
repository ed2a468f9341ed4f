"""Team portal PIN enrolment and checks for licence-holder organisations.

Members of a licensee team unlock the shared licence documents area with a
six digit PIN chosen by the team administrator.
"""

import hashlib
import hmac
import secrets

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, Field

from typefounder.auth import current_team_admin, current_team_member
from typefounder.db import get_async_session
from typefounder.repositories import TeamRepository

router = APIRouter(prefix="/team-portal", tags=["team-portal"])

PIN_SALT_BYTES = 16
PIN_DIGEST_SIZE = 32


class PinPayload(BaseModel):
    pin: str = Field(min_length=6, max_length=6, pattern=r"^\d{6}$")


def _pin_digest(pin: str, salt: bytes) -> str:
    return hashlib.blake2b(pin.encode(), salt=salt, digest_size=PIN_DIGEST_SIZE).hexdigest()


@router.put("/pin", status_code=status.HTTP_204_NO_CONTENT)
async def set_team_pin(
    payload: PinPayload,
    admin=Depends(current_team_admin),
    session=Depends(get_async_session),
):
    salt = secrets.token_bytes(PIN_SALT_BYTES)
    repo = TeamRepository(session)
    await repo.store_pin(admin.team_id, salt=salt.hex(), digest=_pin_digest(payload.pin, salt))
    await session.commit()


@router.post("/unlock")
async def unlock_documents(
    payload: PinPayload,
    member=Depends(current_team_member),
    session=Depends(get_async_session),
):
    repo = TeamRepository(session)
    record = await repo.get_pin(member.team_id)
    if record is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No PIN configured for this team")
    if await repo.failed_unlocks_last_hour(member.team_id) >= 10:
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, "Too many attempts")
    expected = record.digest
    supplied = _pin_digest(payload.pin, bytes.fromhex(record.salt))
    if not hmac.compare_digest(supplied, expected):
        await repo.record_failed_unlock(member.team_id, member.id)
        await session.commit()
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Incorrect PIN")
    grant = await repo.open_document_session(member.team_id, member.id)
    await session.commit()
    return {"document_session": grant.id, "expires_at": grant.expires_at.isoformat()}
