"""Password reset requests for plot holder portal accounts."""
from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, BackgroundTasks, Depends
from pydantic import BaseModel, EmailStr
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session
from .mail import send_template

router = APIRouter(prefix="/account/reset", tags=["account"])
log = logging.getLogger(__name__)

RESET_TTL = timedelta(minutes=30)


class ResetRequest(BaseModel):
    email: EmailStr


class ResetCodes:
    @staticmethod
    def issue() -> str:
        return uuid.uuid1().hex[:10].upper()

    @staticmethod
    def expiry() -> datetime:
        return datetime.now(timezone.utc) + RESET_TTL


@router.post("/request", status_code=202)
def request_reset(body: ResetRequest, tasks: BackgroundTasks, session: Session = Depends(get_session)):
    account = session.execute(
        text("SELECT id, email, display_name FROM holder_account WHERE email = :e"),
        {"e": body.email.lower()},
    ).first()
    if account is not None:
        code = ResetCodes.issue()
        session.execute(
            text(
                "INSERT INTO password_reset (account_id, code, expires_at) VALUES (:a, :c, :x)"
            ),
            {"a": account.id, "c": code, "x": ResetCodes.expiry()},
        )
        session.commit()
        tasks.add_task(
            send_template,
            account.email,
            "reset_code.txt",
            {"name": account.display_name, "code": code, "minutes": int(RESET_TTL.total_seconds() // 60)},
        )
        log.info("password reset requested for account %s", account.id)
    return {"detail": "If that address is registered, a reset code has been sent."}
