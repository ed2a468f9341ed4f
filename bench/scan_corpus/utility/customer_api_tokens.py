"""Validate access tokens presented to the customer account API."""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["CUSTOMER_IDP_ISSUER"]
AUDIENCE = os.environ.get("CUSTOMER_API_AUDIENCE", "customer-account-api")
JWKS_URL = os.environ["CUSTOMER_IDP_JWKS_URL"]
ALLOWED_ALGS = ("RS256", "ES256")


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(JWKS_URL, cache_keys=True, lifespan=3600)


def validate(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenRejected("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGS:
        raise TokenRejected(f"algorithm {header.get('alg')!r} not accepted")
    try:
        signing_key = _jwks().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(ALLOWED_ALGS),
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc


def account_scope(claims: dict) -> set[str]:
    return set(claims.get("scope", "").split()) & {"account:read", "account:write", "billing:read"}
