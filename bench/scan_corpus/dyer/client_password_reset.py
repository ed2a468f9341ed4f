"""Password reset flow for trade portal buyers (FastAPI service)."""
import hashlib
import time
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, BackgroundTasks, HTTPException
from pydantic import BaseModel, EmailStr

from dyer.async_db import database
from dyer.mail import send_reset_email
from dyer.passwords import hasher

router = APIRouter(prefix="/auth/reset")

RESET_TTL = timedelta(minutes=30)


class ResetRequest(BaseModel):
    email: EmailStr


class ResetConfirm(BaseModel):
    token: str
    new_password: str


def _reset_token(email: str) -> str:
    seed = f"{email}:{time.time()}"
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()


@router.post("/request", status_code=202)
async def request_reset(body: ResetRequest, tasks: BackgroundTasks):
    user = await database.fetch_one("SELECT id, email FROM trade_users WHERE email = :e", {"e": body.email.lower()})
    if user is None:
        return {"status": "queued"}
    token = _reset_token(user["email"])
    await database.execute(
        "INSERT INTO password_resets (user_id, token, expires_at) VALUES (:u, :t, :x)",
        {"u": user["id"], "t": token, "x": datetime.now(timezone.utc) + RESET_TTL},
    )
    tasks.add_task(send_reset_email, user["email"], token)
    return {"status": "queued"}


@router.post("/confirm")
async def confirm_reset(body: ResetConfirm):
    row = await database.fetch_one(
        "SELECT user_id, expires_at FROM password_resets WHERE token = :t AND used_at IS NULL",
        {"t": body.token},
    )
    if row is None or row["expires_at"] < datetime.now(timezone.utc):
        raise HTTPException(status_code=400, detail="reset link is invalid or has expired")
    await database.execute(
        "UPDATE trade_users SET password_hash = :h WHERE id = :u",
        {"h": hasher.hash(body.new_password), "u": row["user_id"]},
    )
    await database.execute("UPDATE password_resets SET used_at = now() WHERE token = :t", {"t": body.token})
    return {"status": "updated"}
