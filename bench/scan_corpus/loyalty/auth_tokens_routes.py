"""Login and token refresh routes for the member app backend.

Access tokens are short-lived and returned in the body; the refresh token
lives in a cookie scoped to the refresh endpoint only.
"""
import os
from datetime import timedelta

from fastapi import APIRouter, Cookie, HTTPException, Response
from pydantic import BaseModel

from loyalty.auth.service import authenticate, issue_tokens, rotate_refresh_token

router = APIRouter(prefix="/auth")

REFRESH_TTL = timedelta(days=int(os.environ.get("REFRESH_TTL_DAYS", "30")))
REFRESH_COOKIE = {
    "key": "mrt",
    "httponly": True,
    "samesite": "strict",
    "path": "/auth/refresh",
    "max_age": int(REFRESH_TTL.total_seconds()),
}


def _set_refresh_cookie(response: Response, token: str) -> None:
    response.set_cookie(value=token, **REFRESH_COOKIE)


class LoginBody(BaseModel):
    email: str
    password: str


@router.post("/login")
def login(body: LoginBody, response: Response):
    member = authenticate(body.email, body.password)
    if member is None:
        raise HTTPException(401, "invalid credentials")
    access, refresh = issue_tokens(member)
    _set_refresh_cookie(response, refresh)
    return {"access_token": access, "token_type": "bearer"}


@router.post("/refresh")
def refresh(response: Response, mrt: str | None = Cookie(default=None)):
    if not mrt:
        raise HTTPException(401, "no refresh token")
    rotated = rotate_refresh_token(mrt)
    if rotated is None:
        raise HTTPException(401, "refresh token revoked or expired")
    access, new_refresh = rotated
    _set_refresh_cookie(response, new_refresh)
    return {"access_token": access, "token_type": "bearer"}


@router.post("/logout")
def logout(response: Response):
    response.delete_cookie(REFRESH_COOKIE["key"], path=REFRESH_COOKIE["path"])
    return {"ok": True}
