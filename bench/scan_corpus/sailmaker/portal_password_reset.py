"""Password reset flow for the club order portal."""
import logging
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException
from pydantic import BaseModel, EmailStr

from loft.mail import send_template
from loft.portal.deps import get_repo

router = APIRouter(prefix="/portal/password", tags=["portal"])
log = logging.getLogger(__name__)

RESET_TTL = timedelta(hours=2)
PORTAL_BASE_URL = "https://orders.example-sails.com"


class ResetRequest(BaseModel):
    email: EmailStr


class ResetConfirm(BaseModel):
    token: str
    new_password: str


def _issue_token() -> str:
    return uuid.uuid1().hex


@router.post("/forgot", status_code=202)
async def forgot_password(body: ResetRequest, tasks: BackgroundTasks, repo=Depends(get_repo)):
    member = await repo.member_by_email(body.email.lower())
    if member is not None:
        token = _issue_token()
        expires = datetime.now(timezone.utc) + RESET_TTL
        await repo.store_reset_token(member.id, token, expires)
        link = f"{PORTAL_BASE_URL}/reset?token={token}"
        tasks.add_task(send_template, member.email, "password_reset", {"link": link})
        log.info("password reset requested for member %s", member.id)
    return {"status": "queued"}


@router.post("/reset")
async def reset_password(body: ResetConfirm, repo=Depends(get_repo)):
    if len(body.new_password) < 10:
        raise HTTPException(400, "password too short")
    record = await repo.consume_reset_token(body.token)
    if record is None or record.expires_at < datetime.now(timezone.utc):
        raise HTTPException(400, "invalid or expired link")
    await repo.set_member_password(record.member_id, body.new_password)
    return {"status": "ok"}
