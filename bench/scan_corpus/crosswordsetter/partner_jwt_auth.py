"""Authenticate partner newspapers calling the syndication API.

Partners obtain short-lived RS256 tokens from our identity service. The API
verifies the signature with the identity service's published keys and
checks audience, issuer and expiry before trusting any claim.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from flask import g, request
from werkzeug.exceptions import Forbidden, Unauthorized


@dataclass(frozen=True)
class TokenSettings:
    jwks_url: str
    issuer: str
    audience: str = "xw-syndication-api"
    leeway_seconds: int = 30


@lru_cache(maxsize=1)
def settings() -> TokenSettings:
    return TokenSettings(
        jwks_url=os.environ["XW_IDP_JWKS_URL"],
        issuer=os.environ["XW_IDP_ISSUER"],
    )


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(settings().jwks_url, cache_keys=True, lifespan=3600)


def verify_partner_token(token: str) -> dict:
    cfg = settings()
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=cfg.audience,
        issuer=cfg.issuer,
        leeway=cfg.leeway_seconds,
        options={"require": ["exp", "iat", "sub"]},
    )


def require_partner(scope: str):
    """Call at the top of a view; sets ``g.partner`` or raises."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        raise Unauthorized("missing bearer token")
    try:
        claims = verify_partner_token(header.removeprefix("Bearer "))
    except jwt.PyJWTError as exc:
        raise Unauthorized("invalid token") from exc
    if scope not in claims.get("scope", "").split():
        raise Forbidden(f"token lacks scope {scope}")
    g.partner = claims["sub"]
    return claims
