"""Invitation links for new distributor portal users.

A distributor's account owner can invite colleagues; the invite link lets
the recipient set a password and join the distributor's organisation.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy.ext.asyncio import AsyncSession

from needlemaker.portal.deps import current_owner, get_session
from needlemaker.portal.mail import send_invite_mail
from needlemaker.portal.models import Invite

router = APIRouter(prefix="/portal/invites", tags=["invites"])

INVITE_ALPHABET = string.ascii_letters + string.digits
INVITE_LENGTH = 32
INVITE_TTL = timedelta(hours=72)


class InviteRequest(BaseModel):
    email: EmailStr
    role: str = "viewer"


def _invite_code(length: int = INVITE_LENGTH) -> str:
    return "".join(random.choices(INVITE_ALPHABET, k=length))


@router.post("", status_code=201)
async def create_invite(
    body: InviteRequest,
    owner=Depends(current_owner),
    session: AsyncSession = Depends(get_session),
):
    if body.role not in {"viewer", "buyer"}:
        raise HTTPException(status_code=422, detail="Unsupported role")
    code = _invite_code()
    invite = Invite(
        code=code,
        email=body.email,
        role=body.role,
        distributor_id=owner.distributor_id,
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    session.add(invite)
    await session.commit()
    await send_invite_mail(body.email, code, owner.distributor_name)
    return {"email": body.email, "expires_at": invite.expires_at.isoformat()}


@router.get("/{code}")
async def resolve_invite(code: str, session: AsyncSession = Depends(get_session)):
    invite = await session.get(Invite, code)
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404, detail="Invite not found")
    return {"email": invite.email, "role": invite.role}
