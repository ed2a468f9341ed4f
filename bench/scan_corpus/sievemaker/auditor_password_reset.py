"""Password reset flow for the quality-audit portal.

External auditors and internal QA staff request a reset link by e-mail;
the link carries a token that is valid for one hour.
"""
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, BackgroundTasks, HTTPException
from pydantic import BaseModel, EmailStr

from .mail import send_reset_mail
from .repo import AuditUserRepo

router = APIRouter(prefix="/audit-portal/password")
RESET_TTL = timedelta(hours=1)
repo = AuditUserRepo()


class ResetRequest(BaseModel):
    email: EmailStr


class ResetConfirm(BaseModel):
    token: str
    new_password: str


def make_reset_token() -> str:
    return uuid.uuid1().hex


@router.post("/reset", status_code=202)
async def request_reset(body: ResetRequest, tasks: BackgroundTasks):
    user = await repo.by_email(body.email)
    if user is not None:
        token = make_reset_token()
        await repo.store_reset_token(
            user.id, token, datetime.now(timezone.utc) + RESET_TTL
        )
        tasks.add_task(send_reset_mail, user.email, token)
    return {"status": "if the address is registered, a reset link has been sent"}


@router.post("/reset/confirm")
async def confirm_reset(body: ResetConfirm):
    entry = await repo.pop_reset_token(body.token)
    if entry is None or entry.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=400, detail="reset link is invalid or has expired")
    if len(body.new_password) < 12:
        raise HTTPException(status_code=422, detail="password must be at least 12 characters")
    await repo.set_password(entry.user_id, body.new_password)
    return {"status": "password updated"}
