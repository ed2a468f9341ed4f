"""Token checks for the trade-customer API.

Funeral directors who resell memorials call our API with a JWT issued by
the portal.  Tokens are verified for signature, audience, issuer and expiry.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

AUDIENCE = "trade-api"
ISSUER = "stonemason-portal"


@dataclass(frozen=True)
class TradeUser:
    account_id: int
    company: str
    scopes: frozenset[str]


def _public_key() -> str:
    with open(os.environ["PORTAL_JWT_PUBLIC_KEY_FILE"], "r", encoding="ascii") as fh:
        return fh.read()


def decode_trade_token(token: str) -> dict:
    return jwt.decode(
        token,
        _public_key(),
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub", "aud", "iss"]},
        leeway=30,
    )


def current_trade_user(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> TradeUser:
    try:
        claims = decode_trade_token(creds.credentials)
    except jwt.InvalidTokenError:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="invalid token",
            headers={"WWW-Authenticate": "Bearer"},
        ) from None
    return TradeUser(
        account_id=int(claims["sub"]),
        company=claims.get("company", ""),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(user: TradeUser = Depends(current_trade_user)) -> TradeUser:
        if scope not in user.scopes:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="missing scope")
        return user

    return checker
