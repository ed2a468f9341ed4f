"""Login endpoint for the restaurant partner portal API."""
import os
import secrets

from fastapi import APIRouter, HTTPException, Response
from pydantic import BaseModel

from .accounts import authenticate_partner
from .sessions import store_session

router = APIRouter(prefix="/auth")

SESSION_COOKIE = "rp_session"
SESSION_TTL_SECONDS = 8 * 3600
COOKIE_DOMAIN = os.environ.get("PORTAL_COOKIE_DOMAIN")


class LoginRequest(BaseModel):
    email: str
    password: str


@router.post("/login")
async def login(body: LoginRequest, response: Response):
    partner = await authenticate_partner(body.email, body.password)
    if partner is None:
        raise HTTPException(status_code=401, detail="invalid email or password")

    session_id = secrets.token_urlsafe(32)
    await store_session(session_id, partner.id, ttl=SESSION_TTL_SECONDS)
    response.set_cookie(
        key=SESSION_COOKIE,
        value=session_id,
        max_age=SESSION_TTL_SECONDS,
        domain=COOKIE_DOMAIN,
        secure=True,
        httponly=True,
        samesite="lax",
    )
    return {"partner_id": partner.id, "restaurant_ids": partner.restaurant_ids}


@router.post("/logout")
async def logout(response: Response):
    response.delete_cookie(SESSION_COOKIE, domain=COOKIE_DOMAIN, secure=True, httponly=True, samesite="lax")
    return {"ok": True}
