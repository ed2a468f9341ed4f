"""Validates access tokens issued to touring crew by the identity provider.

The provider rotates signing keys; the key id in the token header picks
the matching public key from the cached JWKS.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

import jwt
from jwt.algorithms import RSAAlgorithm

JWKS_CACHE = Path(os.environ.get("CREW_JWKS_CACHE", "/var/cache/crew-app/jwks.json"))
ISSUER = os.environ.get("CREW_TOKEN_ISSUER", "")
AUDIENCE = "crew-app"
ACCEPTED_ALGS = ["RS256"]


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _keys_by_kid() -> dict[str, object]:
    jwks = json.loads(JWKS_CACHE.read_text())
    return {k["kid"]: RSAAlgorithm.from_jwk(json.dumps(k)) for k in jwks["keys"]}


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    kid = header.get("kid")
    if header.get("alg") not in ACCEPTED_ALGS or kid not in _keys_by_kid():
        raise TokenRejected("unknown signing key")
    return _keys_by_kid()[kid]


def validate(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            key=_signing_key(token),
            algorithms=ACCEPTED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub", "iss", "aud"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc


def crew_roles(token: str) -> set[str]:
    claims = validate(token)
    return set(claims.get("roles", []))
