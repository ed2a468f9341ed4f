"""Session handling for the crew self-service portal."""
import os
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from fastapi import APIRouter, Cookie, Depends, Form, HTTPException, Response, status
from redis.asyncio import Redis

router = APIRouter(prefix="/session")
hasher = PasswordHasher()

COOKIE_NAME = "crew_session"
COOKIE_OPTS = {
    "max_age": int(timedelta(hours=12).total_seconds()),
    "secure": True,
    "httponly": True,
    "samesite": "strict",
    "path": "/",
}


async def redis_conn() -> Redis:
    return Redis.from_url(os.environ["PORTAL_REDIS_URL"])


@router.post("")
async def open_session(
    response: Response,
    staff_no: str = Form(...),
    password: str = Form(...),
    redis: Redis = Depends(redis_conn),
):
    stored = await redis.hget("crew:password_hashes", staff_no)
    if stored is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    try:
        hasher.verify(stored.decode("ascii"), password)
    except VerificationError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")

    sid = secrets.token_urlsafe(32)
    await redis.setex(f"session:{sid}", COOKIE_OPTS["max_age"], staff_no)
    response.set_cookie(COOKIE_NAME, sid, **COOKIE_OPTS)
    return {"staff_no": staff_no}


@router.delete("")
async def close_session(
    response: Response,
    crew_session: str | None = Cookie(default=None),
    redis: Redis = Depends(redis_conn),
):
    if crew_session:
        await redis.delete(f"session:{crew_session}")
    response.delete_cookie(COOKIE_NAME, path="/", secure=True, httponly=True, samesite="strict")
    return {"ok": True}
