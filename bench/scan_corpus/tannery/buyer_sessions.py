"""Server-side sessions for the buyer portal (order tracking and certificates)."""
import secrets
from datetime import datetime, timedelta, timezone
from typing import Optional

import redis
from fastapi import Cookie, Depends, HTTPException, Response, status

from .config import settings

SESSION_COOKIE = "tannery_buyer_sid"
SESSION_TTL = timedelta(hours=8)

_redis = redis.Redis.from_url(settings.redis_url, decode_responses=True)


def new_session_id() -> str:
    return secrets.token_urlsafe(32)


def open_session(response: Response, buyer_id: int, company: str) -> str:
    sid = new_session_id()
    key = f"buyer_session:{sid}"
    _redis.hset(key, mapping={
        "buyer_id": buyer_id,
        "company": company,
        "opened_at": datetime.now(timezone.utc).isoformat(),
    })
    _redis.expire(key, int(SESSION_TTL.total_seconds()))
    response.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="lax",
    )
    return sid


def close_session(response: Response, sid: Optional[str]) -> None:
    if sid:
        _redis.delete(f"buyer_session:{sid}")
    response.delete_cookie(SESSION_COOKIE)


def current_buyer(sid: Optional[str] = Cookie(default=None, alias=SESSION_COOKIE)) -> dict:
    if not sid:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "not signed in")
    data = _redis.hgetall(f"buyer_session:{sid}")
    if not data:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "session expired")
    return {"buyer_id": int(data["buyer_id"]), "company": data["company"]}


def require_buyer(buyer: dict = Depends(current_buyer)) -> dict:
    return buyer
