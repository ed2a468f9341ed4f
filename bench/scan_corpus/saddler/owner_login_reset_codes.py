"""Password reset links for horse-owner accounts.

Owners who forget their password get an emailed link; the link token
is stored only as a digest and expires after an hour.
"""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, BackgroundTasks, HTTPException
from pydantic import BaseModel, EmailStr

from app.db import database
from app.mail import send_mail

router = APIRouter(prefix="/account")
RESET_TTL = timedelta(hours=1)


class ResetRequest(BaseModel):
    email: EmailStr


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def _create_reset(owner_id: int) -> str:
    token = secrets.token_urlsafe(32)
    await database.execute(
        "INSERT INTO owner_password_resets (owner_id, token_digest, expires_at) "
        "VALUES (:owner_id, :digest, :expires)",
        {
            "owner_id": owner_id,
            "digest": _token_digest(token),
            "expires": datetime.now(timezone.utc) + RESET_TTL,
        },
    )
    return token


@router.post("/reset-request", status_code=202)
async def request_reset(body: ResetRequest, tasks: BackgroundTasks):
    owner = await database.fetch_one(
        "SELECT id, full_name FROM owners WHERE email = :email", {"email": body.email.lower()}
    )
    if owner is None:
        return {"status": "queued"}
    token = await _create_reset(owner["id"])
    link = f"https://owners.example-saddlery.co.uk/reset?token={token}"
    tasks.add_task(
        send_mail,
        to=body.email,
        subject="Reset your saddlery account password",
        body=f"Hi {owner['full_name']},\n\nFollow this link within the hour:\n{link}\n",
    )
    return {"status": "queued"}


async def consume_reset(token: str) -> int:
    row = await database.fetch_one(
        "SELECT owner_id FROM owner_password_resets "
        "WHERE token_digest = :digest AND used_at IS NULL AND expires_at > now()",
        {"digest": _token_digest(token)},
    )
    if row is None:
        raise HTTPException(status_code=400, detail="link expired or already used")
    await database.execute(
        "UPDATE owner_password_resets SET used_at = now() WHERE token_digest = :digest",
        {"digest": _token_digest(token)},
    )
    return row["owner_id"]
