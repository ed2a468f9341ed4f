"""Verify access tokens presented to the sponsor portal.

The identity provider rotates its signing keys, so we read the `kid` from
the token header first and fetch the matching key from the JWKS endpoint.
"""

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["SPONSOR_IDP_ISSUER"]
AUDIENCE = os.environ.get("SPONSOR_API_AUDIENCE", "sponsor-portal")
ALLOWED_ALGS = ["RS256", "ES256"]


class TokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER}/.well-known/jwks.json", cache_keys=True)


def verify(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenError("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGS:
        raise TokenError(f"algorithm {header.get('alg')!r} not accepted")

    signing_key = _jwks().get_signing_key_from_jwt(token)
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
