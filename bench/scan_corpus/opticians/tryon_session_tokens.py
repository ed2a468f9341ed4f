"""Validates storefront-issued tokens presented to the try-on service.

The identity service publishes its signing keys as a JWKS; the ``kid`` in the
token header selects the key.
"""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("TRYON_TOKEN_ISSUER", "")
AUDIENCE = "tryon-api"
ALLOWED_ALGS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["TRYON_JWKS_URL"], cache_keys=True, lifespan=900)


def peek_kid(token: str) -> str | None:
    """Key id from the header, used only for logging on failures."""
    try:
        return jwt.get_unverified_header(token).get("kid")
    except jwt.DecodeError:
        return None


def decode_tryon_token(token: str) -> dict:
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )


def principal_from(token: str) -> dict:
    claims = decode_tryon_token(token)
    if claims.get("scope") != "tryon":
        raise jwt.InvalidTokenError("token not issued for try-on")
    return {"customer_id": claims["sub"], "basket_id": claims.get("basket")}
