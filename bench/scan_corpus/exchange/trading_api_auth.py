"""Authentication dependency for the trading REST API.

Access tokens are issued by the firm's identity provider and signed with
RS256. Signing keys are fetched from the IdP's JWKS endpoint and cached.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

log = logging.getLogger(__name__)

ISSUER = os.environ["IDP_ISSUER"]
AUDIENCE = os.environ.get("TRADING_API_AUDIENCE", "trading-api")
_jwks = jwt.PyJWKClient(os.environ["IDP_JWKS_URL"], cache_keys=True, lifespan=900)
_bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class Principal:
    subject: str
    desk: str | None
    scopes: frozenset[str]


def decode_access_token(token: str) -> dict:
    signing_key = _jwks.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )


def current_principal(
    creds: HTTPAuthorizationCredentials = Depends(_bearer),
) -> Principal:
    try:
        claims = decode_access_token(creds.credentials)
    except jwt.PyJWTError as exc:
        log.info("rejected access token: %s", type(exc).__name__)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return Principal(
        subject=claims["sub"],
        desk=claims.get("desk"),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(principal: Principal = Depends(current_principal)) -> Principal:
        if scope not in principal.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return principal

    return checker
