"""Buyer login sessions for the storefront (magic link sign-in)."""
import secrets
from datetime import timedelta

from fastapi import APIRouter, Cookie, HTTPException, Response

from .magic_links import consume_magic_link
from .sessions import SessionStore

router = APIRouter()
store = SessionStore()

SESSION_COOKIE = "tix_sid"
SESSION_TTL = timedelta(days=14)
COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "lax", "path": "/"}


@router.post("/auth/magic/{link_token}")
def sign_in_with_link(link_token: str, response: Response):
    buyer_id = consume_magic_link(link_token)
    if buyer_id is None:
        raise HTTPException(status_code=400, detail="link expired or already used")
    sid = secrets.token_urlsafe(32)
    store.create(sid, buyer_id=buyer_id, ttl=SESSION_TTL)
    response.set_cookie(
        SESSION_COOKIE, sid, max_age=int(SESSION_TTL.total_seconds()), **COOKIE_OPTS
    )
    return {"buyer_id": buyer_id}


@router.post("/auth/logout", status_code=204)
def logout(response: Response, sid: str | None = Cookie(None, alias=SESSION_COOKIE)):
    if sid:
        store.delete(sid)
    response.delete_cookie(SESSION_COOKIE, **COOKIE_OPTS)
