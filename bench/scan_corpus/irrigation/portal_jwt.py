"""Verification of access tokens issued by the farmer portal's identity provider.

The IdP rotates signing keys; the token header's ``kid`` selects the key
from the published JWKS.
"""

from __future__ import annotations

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGS = ["RS256", "ES256"]


class TokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["PORTAL_JWKS_URL"], cache_keys=True, lifespan=3600)


def verify_access_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenError("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGS or not header.get("kid"):
        raise TokenError("unsupported token header")

    signing_key = _jwks().get_signing_key(header["kid"])
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=os.environ.get("PORTAL_API_AUDIENCE", "irrigation-api"),
            issuer=os.environ["PORTAL_TOKEN_ISSUER"],
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
