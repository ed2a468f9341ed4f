"""Validate driver-app access tokens issued by the identity service."""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ACCEPTED_ALGORITHMS = ["RS256", "ES256"]


@lru_cache
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(os.environ["DRIVER_IDP_JWKS_URL"], cache_keys=True)


def token_key_id(token: str) -> str | None:
    """Used in error logs so we can spot tokens signed by a retired key."""
    return jwt.get_unverified_header(token).get("kid")


def driver_claims(token: str) -> dict:
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=ACCEPTED_ALGORITHMS,
        audience=os.environ.get("DRIVER_API_AUDIENCE", "driver-app"),
        issuer=os.environ["DRIVER_IDP_ISSUER"],
        options={"require": ["exp", "sub", "iss", "aud"]},
    )
    if claims.get("role") != "driver":
        raise jwt.InvalidTokenError("token is not for a driver")
    return claims
