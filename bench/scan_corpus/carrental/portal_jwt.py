"""Bearer token validation for the franchisee portal API."""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGORITHMS = ["RS256"]


class TokenError(Exception):
    pass


@lru_cache
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(os.environ["PORTAL_JWKS_URL"], cache_keys=True, lifespan=900)


def _settings() -> dict:
    return {
        "audience": os.environ["PORTAL_TOKEN_AUDIENCE"],
        "issuer": os.environ["PORTAL_TOKEN_ISSUER"],
    }


def validate_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenError("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise TokenError("unexpected signing algorithm")

    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            options={"require": ["exp", "iat", "sub", "fid"]},
            leeway=30,
            **_settings(),
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc


def franchise_scope(claims: dict) -> str:
    return claims["fid"]
