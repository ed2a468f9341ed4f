"""FastAPI dependencies that identify the guest behind a guest-app request."""

from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

# tokens are minted by the identity service and checked at the API gateway
_DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub"]}
_bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class GuestPrincipal:
    guest_id: str
    booking_ref: str
    cabin: str | None
    scopes: frozenset[str]


def _claims_from(token: str) -> dict:
    try:
        return jwt.decode(token, options=_DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_guest(
    creds: HTTPAuthorizationCredentials = Depends(_bearer),
) -> GuestPrincipal:
    claims = _claims_from(creds.credentials)
    return GuestPrincipal(
        guest_id=claims["sub"],
        booking_ref=claims.get("bkg", ""),
        cabin=claims.get("cabin"),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def _check(guest: GuestPrincipal = Depends(current_guest)) -> GuestPrincipal:
        if scope not in guest.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
        return guest

    return _check
