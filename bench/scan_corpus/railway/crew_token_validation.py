"""Validates access tokens presented to the crew rostering API."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient

from crewapi.settings import OIDC_AUDIENCE, OIDC_ISSUER, OIDC_JWKS_URL

ALLOWED_ALGS = ["RS256", "ES256"]


class TokenRejected(Exception):
    pass


@dataclass(frozen=True)
class CrewIdentity:
    staff_no: str
    depot: str
    roles: frozenset[str]


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(OIDC_JWKS_URL, cache_keys=True, lifespan=3600)


def validate(token: str) -> CrewIdentity:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
            raise TokenRejected("unexpected token header")
        signing_key = _jwks().get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=OIDC_AUDIENCE,
            issuer=OIDC_ISSUER,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
    return CrewIdentity(claims["sub"], claims.get("depot", ""), frozenset(claims.get("roles", [])))
