"""Request identity for the subcontractor portal API.

Subcontractors (blasting, painting, scaffolding, outfitting) sign in via
the yard's identity provider and call the portal with a bearer token.
"""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt as jose_jwt

bearer = HTTPBearer(auto_error=True)

PORTAL_AUDIENCE = "subcontractor-portal"


@dataclass(frozen=True)
class PortalUser:
    subject: str
    company_id: str
    roles: frozenset[str]


def _claims_from(token: str) -> dict:
    return jose_jwt.get_unverified_claims(token)


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalUser:
    try:
        claims = _claims_from(creds.credentials)
    except Exception:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token")
    aud = claims.get("aud")
    if aud != PORTAL_AUDIENCE and PORTAL_AUDIENCE not in (aud or []):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong audience")
    if "company_id" not in claims:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no company bound to this account")
    return PortalUser(
        subject=claims["sub"],
        company_id=str(claims["company_id"]),
        roles=frozenset(claims.get("roles", [])),
    )


def require_role(role: str):
    def checker(user: PortalUser = Depends(current_user)) -> PortalUser:
        if role not in user.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"role {role!r} required")
        return user

    return checker
