"""Validate staff single sign-on tokens from the identity provider."""

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["SSO_ISSUER"]
AUDIENCE = os.environ["SSO_AUDIENCE"]
JWKS_URL = os.environ.get("SSO_JWKS_URL", f"{ISSUER.rstrip('/')}/.well-known/jwks.json")


class InvalidToken(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(JWKS_URL, cache_keys=True, lifespan=3600)


def validate(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise InvalidToken("malformed token") from exc
    if header.get("alg") != "RS256":
        raise InvalidToken("unexpected algorithm")

    try:
        signing_key = _jwks_client().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise InvalidToken(str(exc)) from exc


def staff_roles(token: str) -> set[str]:
    claims = validate(token)
    return set(claims.get("roles", []))
