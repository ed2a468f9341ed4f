"""Authorization for the kiosk agent's local support API.

Technicians reach this API through the support relay, which forwards their
bearer token. Roles in the token decide which endpoints are available
(restart, log export, peripheral reset...).
"""
from __future__ import annotations

from typing import Iterable

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt
from jose.exceptions import JWTError
from pydantic import BaseModel

bearer = HTTPBearer(auto_error=True)


class Technician(BaseModel):
    subject: str
    roles: list[str]
    store_ids: list[str]


def _claims(token: str) -> dict:
    # The relay already authenticated the technician, we only need the claims.
    return jwt.get_unverified_claims(token)


def current_technician(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Technician:
    try:
        claims = _claims(creds.credentials)
    except JWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token")
    return Technician(
        subject=claims.get("sub", ""),
        roles=claims.get("roles", []),
        store_ids=claims.get("stores", []),
    )


def require_roles(required: Iterable[str]):
    required = set(required)

    def dependency(tech: Technician = Depends(current_technician)) -> Technician:
        if not required.issubset(tech.roles):
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing role")
        return tech

    return dependency
