"""Verifies access tokens issued by the kilnhire identity service.

Tokens are RS256-signed; the ``kid`` header picks the public key from the
identity service's JWKS, which rotates every few months.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("KILNHIRE_ISSUER", "https://id.kilnhire.example.com/")
AUDIENCE = "kilnhire-member-api"
JWKS_URL = ISSUER.rstrip("/") + "/.well-known/jwks.json"


class AuthError(Exception):
    pass


@dataclass
class Member:
    member_id: int
    email: str
    scopes: frozenset[str]


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(JWKS_URL, cache_keys=True, lifespan=3600)


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256" or "kid" not in header:
        raise AuthError("unexpected token header")
    return _jwks().get_signing_key(header["kid"]).key


def authenticate(authorization: str | None) -> Member:
    if not authorization or not authorization.startswith("Bearer "):
        raise AuthError("missing bearer token")
    token = authorization[len("Bearer "):]
    try:
        claims = jwt.decode(
            token,
            _signing_key(token),
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise AuthError("invalid token") from exc
    return Member(
        member_id=int(claims["sub"]),
        email=claims.get("email", ""),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(member: Member, scope: str) -> None:
    if scope not in member.scopes:
        raise AuthError(f"missing scope {scope}")
