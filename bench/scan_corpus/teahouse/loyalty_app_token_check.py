"""Validate ID tokens presented by the loyalty mobile app against the identity provider's JWKS."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("LOYALTY_IDP_ISSUER", "https://login.leafandkettle.co.uk/")
AUDIENCE = os.environ.get("LOYALTY_IDP_AUDIENCE", "loyalty-mobile")
ALLOWED_ALGS = ("RS256", "ES256")


@dataclass(frozen=True)
class Member:
    member_id: str
    email: str
    tier: str


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def _header_alg(token: str) -> str:
    header = jwt.get_unverified_header(token)
    alg = header.get("alg", "")
    if alg not in ALLOWED_ALGS:
        raise jwt.InvalidAlgorithmError(f"algorithm {alg!r} not accepted")
    return alg


def decode_member_token(token: str) -> dict[str, Any]:
    alg = _header_alg(token)
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=[alg],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )


def member_from_token(token: str) -> Member:
    claims = decode_member_token(token)
    return Member(
        member_id=claims["sub"],
        email=claims.get("email", ""),
        tier=claims.get("loyalty_tier", "leaf"),
    )
