"""Verifies identity tokens issued by the storefront login service."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class TokenSettings:
    jwks_url: str
    issuer: str
    audience: str
    leeway_seconds: int = 30

    @classmethod
    def from_env(cls) -> "TokenSettings":
        return cls(
            jwks_url=os.environ["STOREFRONT_JWKS_URL"],
            issuer=os.environ["STOREFRONT_ISSUER"],
            audience=os.environ.get("STOREFRONT_AUDIENCE", "boutique-api"),
        )


@dataclass
class Shopper:
    customer_id: str
    email: str
    loyalty_tier: str


@lru_cache(maxsize=1)
def _jwks(url: str) -> PyJWKClient:
    return PyJWKClient(url, cache_keys=True, lifespan=900)


def verify_identity(token: str, settings: TokenSettings | None = None) -> Shopper:
    settings = settings or TokenSettings.from_env()
    signing_key = _jwks(settings.jwks_url).get_signing_key_from_jwt(token)
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256", "ES256"],
        audience=settings.audience,
        issuer=settings.issuer,
        leeway=settings.leeway_seconds,
        options={"require": ["exp", "iat", "sub"]},
    )
    return Shopper(
        customer_id=claims["sub"],
        email=claims.get("email", ""),
        loyalty_tier=claims.get("tier", "classic"),
    )
