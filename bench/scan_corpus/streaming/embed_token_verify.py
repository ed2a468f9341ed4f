"""Verifies embed tokens minted by partner sites for the iframe player.

Partners sign with keys published on our JWKS endpoint; the ``kid`` in the
header selects the key.
"""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGS = ("RS256", "ES256")
EMBED_AUDIENCE = "embed-player"


class EmbedTokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["EMBED_JWKS_URL"], cache_keys=True, lifespan=900)


def verify_embed_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise EmbedTokenError("unreadable token") from exc
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise EmbedTokenError("unsupported token header")

    signing_key = _jwks().get_signing_key_from_jwt(token)
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(ALLOWED_ALGS),
            audience=EMBED_AUDIENCE,
            issuer=os.environ["EMBED_TOKEN_ISSUER"],
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise EmbedTokenError(str(exc)) from exc
