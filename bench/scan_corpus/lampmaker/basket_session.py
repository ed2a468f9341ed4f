"""Shopping basket sessions for the online lamp shop (FastAPI service)."""
import secrets
from datetime import timedelta
from typing import Optional

import redis.asyncio as redis
from fastapi import APIRouter, Cookie, Depends, HTTPException, Response
from pydantic import BaseModel, Field

from lampshop.auth import verify_customer_password

router = APIRouter()

SESSION_COOKIE = "lm_session"
SESSION_TTL = timedelta(days=14)
_redis = redis.from_url("redis://localhost:6379/2", decode_responses=True)


class LoginForm(BaseModel):
    email: str
    password: str = Field(min_length=1)


class BasketLine(BaseModel):
    sku: str
    quantity: int = Field(gt=0, le=20)


async def session_customer(lm_session: Optional[str] = Cookie(default=None)) -> Optional[str]:
    if not lm_session:
        return None
    return await _redis.get(f"session:{lm_session}")


@router.post("/login")
async def login(form: LoginForm, response: Response):
    customer_id = await verify_customer_password(form.email, form.password)
    if customer_id is None:
        raise HTTPException(status_code=401, detail="email or password not recognised")
    sid = secrets.token_urlsafe(32)
    await _redis.set(f"session:{sid}", customer_id, ex=int(SESSION_TTL.total_seconds()))
    response.set_cookie(
        key=SESSION_COOKIE,
        value=sid,
        max_age=int(SESSION_TTL.total_seconds()),
        path="/",
    )
    return {"ok": True}


@router.post("/basket")
async def add_to_basket(line: BasketLine, customer: Optional[str] = Depends(session_customer)):
    if customer is None:
        raise HTTPException(status_code=401, detail="please sign in")
    await _redis.hincrby(f"basket:{customer}", line.sku, line.quantity)
    await _redis.expire(f"basket:{customer}", int(SESSION_TTL.total_seconds()))
    return {"basket": await _redis.hgetall(f"basket:{customer}")}


@router.post("/logout")
async def logout(response: Response, lm_session: Optional[str] = Cookie(default=None)):
    if lm_session:
        await _redis.delete(f"session:{lm_session}")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return {"ok": True}
