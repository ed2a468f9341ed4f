"""Verification of service-to-service JWTs issued by the internal identity provider."""

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("SERVICE_TOKEN_ISSUER", "https://idp.internal.example.com")
AUDIENCE = "moderation-api"
ACCEPTED_ALGS = ["RS256", "ES256"]


class ServiceTokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER}/.well-known/jwks.json", cache_keys=True, lifespan=900)


def verify_service_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise ServiceTokenError("malformed token") from exc
    if header.get("alg") not in ACCEPTED_ALGS or "kid" not in header:
        raise ServiceTokenError("unexpected token header")

    signing_key = _jwks().get_signing_key(header["kid"])
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ACCEPTED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise ServiceTokenError(str(exc)) from exc
