"""Reader sign-in for the subscription site (FastAPI)."""
import os

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import RedirectResponse

from .accounts import authenticate
from .sessions import session_store

router = APIRouter()

SESSION_TTL = 60 * 60 * 24 * 30
COOKIE_NAME = "__Host-rdr_sess"
COOKIE_SETTINGS = {
    "max_age": SESSION_TTL,
    "path": "/",
    "secure": True,
    "httponly": True,
    "samesite": "lax",
}


@router.post("/login")
async def login(email: str = Form(...), password: str = Form(...)) -> Response:
    user = await authenticate(email, password)
    if user is None:
        raise HTTPException(status_code=401, detail="Email or password not recognised")
    token = await session_store.create(user.id, ttl=SESSION_TTL)
    resp = RedirectResponse(url="/account", status_code=303)
    resp.set_cookie(COOKIE_NAME, token, **COOKIE_SETTINGS)
    return resp


@router.post("/logout")
async def logout(request: Request) -> Response:
    token = request.cookies.get(COOKIE_NAME)
    if token:
        await session_store.revoke(token)
    resp = RedirectResponse(url="/", status_code=303)
    resp.delete_cookie(COOKIE_NAME, path="/", secure=True, httponly=True, samesite="lax")
    return resp
