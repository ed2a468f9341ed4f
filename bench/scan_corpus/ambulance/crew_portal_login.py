"""Login endpoints for the crew self-service portal (shift swaps, annual leave, CPD)."""
import os
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Cookie, Depends, Form, HTTPException, Response, status
from redis.asyncio import Redis

router = APIRouter(prefix="/auth")
hasher = PasswordHasher()

SESSION_COOKIE = "crew_session"
SESSION_TTL = timedelta(hours=12)


async def get_redis() -> Redis:
    return Redis.from_url(os.environ["PORTAL_REDIS_URL"])


async def get_users():
    from portal.db import UserStore  # local import to avoid a cycle with portal.db

    return UserStore()


@router.post("/login")
async def login(
    response: Response,
    staff_no: str = Form(...),
    password: str = Form(...),
    redis: Redis = Depends(get_redis),
    users=Depends(get_users),
):
    user = await users.by_staff_no(staff_no)
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    try:
        hasher.verify(user.password_hash, password)
    except VerifyMismatchError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")

    session_id = secrets.token_urlsafe(32)
    await redis.setex(f"session:{session_id}", SESSION_TTL, user.staff_no)
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        samesite="lax",
    )
    return {"staff_no": user.staff_no, "name": user.display_name}


@router.post("/logout")
async def logout(
    response: Response,
    crew_session: str | None = Cookie(default=None),
    redis: Redis = Depends(get_redis),
):
    if crew_session:
        await redis.delete(f"session:{crew_session}")
    response.delete_cookie(SESSION_COOKIE)
    return {"ok": True}
