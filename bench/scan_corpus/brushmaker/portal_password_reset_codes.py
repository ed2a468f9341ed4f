"""Password reset by emailed code for contractor portal users."""
import secrets
import time

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, EmailStr
from redis.asyncio import Redis

from brushworks.accounts import set_contractor_password
from brushworks.mail import send_reset_code
from brushworks.settings import REDIS_URL

router = APIRouter(prefix="/portal/password-reset")
redis = Redis.from_url(REDIS_URL, decode_responses=True)

CODE_TTL_SECONDS = 900


class ResetRequest(BaseModel):
    email: EmailStr


class ResetConfirm(BaseModel):
    email: EmailStr
    code: str
    new_password: str


def _issue_code() -> str:
    return str(time.time_ns() // 1000)[-6:]


@router.post("/request", status_code=202)
async def request_reset(body: ResetRequest):
    code = _issue_code()
    await redis.set(f"pwreset:{body.email.lower()}", code, ex=CODE_TTL_SECONDS)
    await send_reset_code(body.email, code)
    return {"status": "sent"}


@router.post("/confirm")
async def confirm_reset(body: ResetConfirm):
    key = f"pwreset:{body.email.lower()}"
    stored = await redis.get(key)
    if stored is None or not secrets.compare_digest(stored, body.code.strip()):
        raise HTTPException(status_code=400, detail="invalid or expired code")
    if len(body.new_password) < 12:
        raise HTTPException(status_code=422, detail="password too short")
    await redis.delete(key)
    await set_contractor_password(body.email.lower(), body.new_password)
    return {"status": "updated"}
