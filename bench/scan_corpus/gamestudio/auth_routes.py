"""Login, refresh and logout endpoints for the web account portal."""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta, timezone

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from fastapi import APIRouter, Cookie, Depends, HTTPException, Response, status
from pydantic import BaseModel

from accounts.db import AccountRepo, get_repo

router = APIRouter(prefix="/auth", tags=["auth"])
_hasher = PasswordHasher()

ACCESS_TTL = timedelta(minutes=15)
REFRESH_TTL = timedelta(days=30)
REFRESH_COOKIE = "gs_refresh"


class LoginRequest(BaseModel):
    username: str
    password: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


def _access_token(player_id: int) -> TokenResponse:
    now = datetime.now(timezone.utc)
    claims = {"sub": str(player_id), "iat": now, "exp": now + ACCESS_TTL, "aud": "game-services"}
    token = jwt.encode(claims, os.environ["ACCESS_TOKEN_SIGNING_KEY"], algorithm="HS256")
    return TokenResponse(access_token=token, expires_in=int(ACCESS_TTL.total_seconds()))


def _issue_refresh(repo: AccountRepo, response: Response, player_id: int) -> None:
    value = secrets.token_urlsafe(32)
    repo.store_refresh_token(player_id, value, expires_at=datetime.now(timezone.utc) + REFRESH_TTL)
    response.set_cookie(REFRESH_COOKIE, value, max_age=int(REFRESH_TTL.total_seconds()), path="/auth", samesite="lax")


def _unauthorized() -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")


@router.post("/login", response_model=TokenResponse)
def login(body: LoginRequest, response: Response, repo: AccountRepo = Depends(get_repo)):
    account = repo.find_by_username(body.username)
    if account is None:
        raise _unauthorized()
    try:
        _hasher.verify(account.password_hash, body.password)
    except (VerifyMismatchError, InvalidHashError):
        raise _unauthorized()
    if _hasher.check_needs_rehash(account.password_hash):
        repo.update_password_hash(account.player_id, _hasher.hash(body.password))
    _issue_refresh(repo, response, account.player_id)
    return _access_token(account.player_id)


@router.post("/refresh", response_model=TokenResponse)
def refresh(
    response: Response,
    gs_refresh: str | None = Cookie(default=None),
    repo: AccountRepo = Depends(get_repo),
):
    player_id = repo.consume_refresh_token(gs_refresh) if gs_refresh else None
    if player_id is None:
        raise _unauthorized()
    _issue_refresh(repo, response, player_id)
    return _access_token(player_id)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(response: Response, gs_refresh: str | None = Cookie(default=None),
           repo: AccountRepo = Depends(get_repo)):
    if gs_refresh:
        repo.revoke_refresh_token(gs_refresh)
    response.delete_cookie(REFRESH_COOKIE, path="/auth")
