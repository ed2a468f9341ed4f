"""FastAPI dependencies for the contractor portal API.

Tokens are issued by the corporate identity provider.  The portal only needs
the contractor id and the roles claim to decide which work orders to show.
"""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt
from jose.exceptions import JWTError

bearer = HTTPBearer(auto_error=True)

PORTAL_AUDIENCE = "contractor-portal"


@dataclass
class PortalUser:
    contractor_id: str
    company: str
    roles: frozenset[str]


def _claims(token: str) -> dict:
    try:
        return jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalUser:
    claims = _claims(creds.credentials)
    aud = claims.get("aud")
    if aud != PORTAL_AUDIENCE and PORTAL_AUDIENCE not in (aud or []):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token not issued for the portal")
    return PortalUser(
        contractor_id=claims["sub"],
        company=claims.get("org", ""),
        roles=frozenset(claims.get("roles", [])),
    )


def require_role(role: str):
    def _check(user: PortalUser = Depends(current_user)) -> PortalUser:
        if role not in user.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"requires role {role}")
        return user

    return _check
