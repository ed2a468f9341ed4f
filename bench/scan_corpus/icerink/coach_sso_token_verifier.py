"""Verifies single-sign-on tokens for coaches using the rink IdP's published keys."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["COACH_SSO_ISSUER"]
AUDIENCE = os.environ.get("COACH_SSO_AUDIENCE", "rink-coaching")
ALLOWED_ALGS = ("RS256", "ES256")


@dataclass(frozen=True)
class CoachIdentity:
    coach_id: str
    email: str
    levels: tuple[str, ...]


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


class TokenRejected(Exception):
    pass


def verify_coach_token(token: str) -> CoachIdentity:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise TokenRejected(f"algorithm {header.get('alg')!r} not accepted")
    try:
        signing_key = _jwks().get_signing_key(header["kid"])
        claims: dict[str, Any] = jwt.decode(
            token,
            signing_key.key,
            algorithms=list(ALLOWED_ALGS),
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except (KeyError, jwt.PyJWTError) as exc:
        raise TokenRejected(str(exc)) from exc
    return CoachIdentity(
        coach_id=claims["sub"],
        email=claims.get("email", ""),
        levels=tuple(claims.get("coaching_levels", ())),
    )
