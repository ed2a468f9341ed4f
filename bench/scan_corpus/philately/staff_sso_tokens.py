"""Validates single sign-on tokens for auction-house staff (describers, cashiers)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient


class SSOSettings:
    issuer = os.environ["STAFF_SSO_ISSUER"]
    audience = "auction-backoffice"
    jwks_url = issuer.rstrip("/") + "/.well-known/jwks.json"
    allowed_algorithms = ("RS256", "ES256")
    leeway_s = 30


@dataclass
class StaffMember:
    subject: str
    email: str
    roles: tuple[str, ...]


@lru_cache(maxsize=1)
def _jwks(url: str = SSOSettings.jwks_url) -> PyJWKClient:
    return PyJWKClient(url, cache_keys=True)


def _algorithm_for(token: str) -> str:
    header = jwt.get_unverified_header(token)
    alg = header.get("alg", "")
    if alg not in SSOSettings.allowed_algorithms:
        raise jwt.InvalidAlgorithmError(f"algorithm {alg!r} not accepted")
    return alg


def authenticate(token: str) -> StaffMember:
    signing_key = _jwks().get_signing_key_from_jwt(token)
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=[_algorithm_for(token)],
        audience=SSOSettings.audience,
        issuer=SSOSettings.issuer,
        leeway=SSOSettings.leeway_s,
        options={"require": ["exp", "iat", "sub"]},
    )
    return StaffMember(
        subject=claims["sub"],
        email=claims.get("email", ""),
        roles=tuple(claims.get("roles", [])),
    )
