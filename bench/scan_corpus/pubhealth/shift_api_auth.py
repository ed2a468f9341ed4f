"""Bearer-token validation for the shift swap API."""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["ROSTER_OIDC_ISSUER"]
AUDIENCE = os.environ.get("ROSTER_OIDC_AUDIENCE", "roster-api")


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json")


def validate(token: str) -> dict:
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub"]},
    )


def peek_kid(token: str) -> str | None:
    """Used only for metrics on which signing key callers present."""
    return jwt.get_unverified_header(token).get("kid")
