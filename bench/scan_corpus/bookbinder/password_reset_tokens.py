"""Password reset for collector and library portal accounts.

A user who has forgotten their password asks for a reset email; the link
in it carries a single-use token that is valid for one hour.
"""
import secrets
from datetime import datetime, timedelta, timezone

import psycopg
from fastapi import APIRouter, BackgroundTasks, HTTPException
from pydantic import BaseModel, EmailStr

from bindery.mail import send_template
from bindery.settings import settings
from bindery.passwords import hash_password

router = APIRouter(prefix="/account")
TOKEN_LIFETIME = timedelta(hours=1)


class ResetRequest(BaseModel):
    email: EmailStr


class ResetConfirm(BaseModel):
    token: str
    new_password: str


def new_reset_token() -> str:
    return secrets.token_urlsafe(32)


@router.post("/forgot-password", status_code=202)
def forgot_password(body: ResetRequest, tasks: BackgroundTasks):
    with psycopg.connect(settings.portal_dsn) as conn:
        user = conn.execute(
            "SELECT id, display_name FROM portal_users WHERE email = %s", (body.email.lower(),)
        ).fetchone()
        if user is None:
            return {"status": "queued"}
        token = new_reset_token()
        conn.execute(
            "INSERT INTO password_resets (user_id, token, expires_at) VALUES (%s, %s, %s)",
            (user[0], token, datetime.now(timezone.utc) + TOKEN_LIFETIME),
        )
    link = f"{settings.portal_base_url}/reset?token={token}"
    tasks.add_task(send_template, body.email, "password_reset", {"name": user[1], "link": link})
    return {"status": "queued"}


@router.post("/reset-password")
def reset_password(body: ResetConfirm):
    with psycopg.connect(settings.portal_dsn) as conn:
        row = conn.execute(
            "DELETE FROM password_resets WHERE token = %s AND expires_at > now() RETURNING user_id",
            (body.token,),
        ).fetchone()
        if row is None:
            raise HTTPException(status_code=400, detail="link expired or already used")
        conn.execute(
            "UPDATE portal_users SET password_hash = %s WHERE id = %s",
            (hash_password(body.new_password), row[0]),
        )
    return {"status": "updated"}
