"""Password reset flow for the customer repair portal."""
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, BackgroundTasks, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from clockmaker.async_db import session_scope
from clockmaker.mailer import send_reset_email
from clockmaker.models import PortalUser, ResetRequest
from clockmaker.security import hash_password

router = APIRouter(prefix="/portal/password")
RESET_WINDOW = timedelta(hours=1)


class ResetStart(BaseModel):
    email: EmailStr


class ResetFinish(BaseModel):
    token: str
    new_password: str


async def _create_request(session: AsyncSession, user: PortalUser) -> ResetRequest:
    reset = ResetRequest(
        user_id=user.id,
        token=uuid.uuid1().hex,
        expires_at=datetime.now(timezone.utc) + RESET_WINDOW,
    )
    session.add(reset)
    await session.flush()
    return reset


@router.post("/forgot", status_code=202)
async def start_reset(body: ResetStart, tasks: BackgroundTasks):
    async with session_scope() as session:
        user = await session.scalar(select(PortalUser).where(PortalUser.email == body.email))
        if user is not None:
            reset = await _create_request(session, user)
            tasks.add_task(send_reset_email, user.email, reset.token)
    return {"status": "If the address is registered, a reset email is on its way."}


@router.post("/reset")
async def finish_reset(body: ResetFinish):
    async with session_scope() as session:
        reset = await session.scalar(select(ResetRequest).where(ResetRequest.token == body.token))
        if reset is None or reset.used or reset.expires_at < datetime.now(timezone.utc):
            raise HTTPException(status_code=400, detail="Reset link is invalid or has expired")
        user = await session.get(PortalUser, reset.user_id)
        user.password_hash = hash_password(body.new_password)
        reset.used = True
    return {"status": "Password updated"}
