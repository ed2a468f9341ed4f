"""Request authentication for the wholesale broker portal API."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, HTTPException, Request, status
from jose import jwt as jose_jwt
from jose.exceptions import JWTError


@dataclass(frozen=True)
class BrokerContext:
    broker_id: str
    company_nmls: str
    roles: frozenset[str]


def _bearer_token(request: Request) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    return token


def current_broker(token: str = Depends(_bearer_token)) -> BrokerContext:
    try:
        claims = jose_jwt.get_unverified_claims(token)
    except JWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token")

    if claims.get("aud") != "broker-portal":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong audience")
    return BrokerContext(
        broker_id=claims["sub"],
        company_nmls=claims.get("nmls", ""),
        roles=frozenset(claims.get("roles", [])),
    )


def require_role(role: str):
    def _check(broker: BrokerContext = Depends(current_broker)) -> BrokerContext:
        if role not in broker.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"{role} role required")
        return broker
    return _check
