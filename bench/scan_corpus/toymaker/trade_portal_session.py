"""Login and logout for the wholesale trade portal, backed by server-side sessions in Redis."""

import secrets
from datetime import timedelta

from fastapi import APIRouter, Cookie, Depends, HTTPException, Response
from pydantic import BaseModel
from redis.asyncio import Redis

from toyshop.auth import verify_trade_login
from toyshop.config import settings
from toyshop.deps import get_redis

router = APIRouter(prefix="/trade")

SESSION_COOKIE = "trade_session"
SESSION_TTL = timedelta(hours=8)


class LoginForm(BaseModel):
    email: str
    password: str


async def _create_session(redis: Redis, retailer_user_id: int) -> str:
    session_id = secrets.token_urlsafe(32)
    await redis.set(f"trade:session:{session_id}", retailer_user_id, ex=int(SESSION_TTL.total_seconds()))
    return session_id


@router.post("/login")
async def login(form: LoginForm, response: Response, redis: Redis = Depends(get_redis)):
    user = await verify_trade_login(form.email, form.password)
    if user is None:
        raise HTTPException(status_code=401, detail="invalid email or password")
    session_id = await _create_session(redis, user.id)
    response.set_cookie(
        key=SESSION_COOKIE,
        value=session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        path="/trade",
        domain=settings.cookie_domain,
    )
    return {"retailer": user.retailer_name}


@router.post("/logout")
async def logout(
    response: Response,
    session_id: str | None = Cookie(default=None, alias=SESSION_COOKIE),
    redis: Redis = Depends(get_redis),
):
    if session_id:
        await redis.delete(f"trade:session:{session_id}")
    response.delete_cookie(SESSION_COOKIE, path="/trade", domain=settings.cookie_domain)
    return {"ok": True}
