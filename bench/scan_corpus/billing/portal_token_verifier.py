"""Validates IdP access tokens for the customer portal using the published JWKS."""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["PORTAL_OIDC_ISSUER"]
AUDIENCE = os.environ.get("PORTAL_JWT_AUDIENCE", "billing-portal")


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER}/.well-known/jwks.json", cache_keys=True)


def token_key_id(token: str) -> str | None:
    # header is only read to pick the signing key; claims are verified below
    return jwt.get_unverified_header(token).get("kid")


def verify(token: str) -> dict:
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )
