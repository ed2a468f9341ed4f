"""Session handling for the online shop's customer accounts (FastAPI)."""
import os
import secrets
from datetime import timedelta

from fastapi import APIRouter, Cookie, HTTPException, Response

from atelier.accounts import verify_login
from atelier.session_store import SessionStore

router = APIRouter(prefix="/account")
store = SessionStore(os.environ.get("SESSION_REDIS_URL", "redis://localhost:6379/2"))

COOKIE_NAME = "atelier_session"
SESSION_TTL = timedelta(days=14)
WISHLIST_COOKIE = "wishlist_view"


def _set_session_cookie(response: Response, session_id: str) -> None:
    response.set_cookie(
        key=COOKIE_NAME,
        value=session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="lax",
        path="/",
    )


@router.post("/login")
async def login(payload: dict, response: Response):
    customer = await verify_login(payload.get("email", ""), payload.get("password", ""))
    if customer is None:
        raise HTTPException(401, "email or password not recognised")
    session_id = secrets.token_urlsafe(32)
    await store.put(session_id, {"customer_id": customer.id}, ttl=SESSION_TTL)
    _set_session_cookie(response, session_id)
    # purely cosmetic preference read by the storefront's JavaScript
    response.set_cookie(WISHLIST_COOKIE, "grid", max_age=31536000, samesite="lax")
    return {"customer": customer.id, "name": customer.first_name}


@router.post("/logout")
async def logout(response: Response, atelier_session: str | None = Cookie(default=None)):
    if atelier_session:
        await store.delete(atelier_session)
    response.delete_cookie(COOKIE_NAME, path="/")
    return {"ok": True}
