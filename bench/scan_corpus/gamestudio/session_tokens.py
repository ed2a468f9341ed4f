"""Validation of player session tokens issued by the accounts service."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGORITHMS = ["RS256"]


@dataclass(frozen=True)
class Session:
    player_id: int
    scopes: frozenset[str]


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["ACCOUNTS_JWKS_URL"], cache_keys=True, lifespan=900)


def validate(token: str) -> Session:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGORITHMS:
            raise TokenRejected("unexpected signing algorithm")
        signing_key = _jwks().get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=os.environ.get("SESSION_AUDIENCE", "game-services"),
            issuer=os.environ["ACCOUNTS_ISSUER"],
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
    return Session(int(claims["sub"]), frozenset(claims.get("scope", "").split()))
