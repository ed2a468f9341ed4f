"""Validates staff single-sign-on tokens for the back-office tools.

Tokens are issued by the company identity provider; signing keys are picked
from its JWKS endpoint by ``kid``.
"""
from functools import lru_cache

import jwt
from jwt import PyJWKClient

from .config import settings

ALLOWED_ALGORITHMS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(settings.SSO_JWKS_URL, cache_keys=True, lifespan=3600)


def verify_staff_token(token: str) -> dict:
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=settings.SSO_AUDIENCE,
        issuer=settings.SSO_ISSUER,
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )
    if "bookshop-staff" not in claims.get("groups", []):
        raise jwt.InvalidTokenError("not a member of bookshop-staff")
    return claims


def peek_kid(token: str) -> str | None:
    """Header only, used for log correlation before verification."""
    return jwt.get_unverified_header(token).get("kid")
