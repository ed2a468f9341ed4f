"""Verify access tokens presented by the loyalty mobile app.

Signing keys are fetched from the identity service JWKS endpoint and cached;
the ``kid`` in the token header selects which key to use.
"""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGORITHMS = ("RS256", "ES256")


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["IDENTITY_JWKS_URL"], cache_keys=True, lifespan=900)


def verify_access_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenRejected("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGORITHMS or "kid" not in header:
        raise TokenRejected("unexpected token header")

    signing_key = _jwks().get_signing_key(header["kid"])
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(ALLOWED_ALGORITHMS),
            audience=os.environ.get("LOYALTY_API_AUDIENCE", "loyalty-api"),
            issuer=os.environ["IDENTITY_ISSUER"],
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
