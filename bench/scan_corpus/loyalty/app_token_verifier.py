"""Verify member app access tokens issued by the identity service.

Tokens are RS256-signed; the signing keys are published as a JWKS and
looked up by ``kid``.
"""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["IDENTITY_ISSUER"]
AUDIENCE = "member-app"
ALLOWED_ALGS = ["RS256"]


class InvalidToken(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["IDENTITY_JWKS_URL"], cache_keys=True, lifespan=900)


def verify_access_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise InvalidToken("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise InvalidToken("unexpected token header")
    try:
        signing_key = _jwks().get_signing_key(header["kid"])
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except (jwt.PyJWKClientError, jwt.InvalidTokenError) as exc:
        raise InvalidToken(str(exc)) from exc
