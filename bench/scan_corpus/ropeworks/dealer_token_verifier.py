"""Verification of identity-provider tokens for the dealer API.

The ``kid`` header is read before verification only to pick the right
public key from the provider's JWKS; the token itself is always verified
with that key, a fixed algorithm, audience and issuer.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class IdpSettings:
    issuer: str
    audience: str
    jwks_url: str

    @classmethod
    def from_env(cls) -> "IdpSettings":
        issuer = os.environ["RW_IDP_ISSUER"].rstrip("/")
        return cls(
            issuer=issuer,
            audience=os.environ["RW_IDP_AUDIENCE"],
            jwks_url=f"{issuer}/.well-known/jwks.json",
        )


@dataclass
class DealerPrincipal:
    subject: str
    dealer_id: int
    roles: frozenset[str]


@lru_cache(maxsize=1)
def _jwks_client(url: str) -> PyJWKClient:
    return PyJWKClient(url, cache_keys=True, lifespan=3600)


def verify_token(token: str, settings: IdpSettings) -> DealerPrincipal:
    header = jwt.get_unverified_header(token)
    if "kid" not in header:
        raise jwt.InvalidTokenError("token has no key id")
    signing_key = _jwks_client(settings.jwks_url).get_signing_key(header["kid"])
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=settings.audience,
        issuer=settings.issuer,
        options={"require": ["exp", "iat", "sub"]},
    )
    return DealerPrincipal(
        subject=claims["sub"],
        dealer_id=int(claims["dealer_id"]),
        roles=frozenset(claims.get("roles", [])),
    )
