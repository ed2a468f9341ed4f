"""Authentication dependency for the resident app API.

Requests arrive through the API gateway, which validates the bearer token
issued by the identity provider before forwarding to this service.
"""

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

_bearer = HTTPBearer(auto_error=True)

CLAIM_OPTIONS = {
    "verify_signature": False,
    "require": ["sub", "exp", "household"],
}


@dataclass(frozen=True)
class ResidentPrincipal:
    subject: str
    household_id: int
    scopes: frozenset[str]


def _claims(token: str) -> dict:
    return jwt.decode(token, algorithms=["RS256"], options=CLAIM_OPTIONS)


def current_resident(
    credentials: HTTPAuthorizationCredentials = Depends(_bearer),
) -> ResidentPrincipal:
    try:
        claims = _claims(credentials.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return ResidentPrincipal(
        subject=claims["sub"],
        household_id=int(claims["household"]),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def _check(principal: ResidentPrincipal = Depends(current_resident)) -> ResidentPrincipal:
        if scope not in principal.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return principal

    return _check
