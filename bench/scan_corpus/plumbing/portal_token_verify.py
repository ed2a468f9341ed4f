"""Verification of access tokens issued by our identity provider for the customer portal."""

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["PORTAL_OIDC_ISSUER"]
AUDIENCE = os.environ.get("PORTAL_OIDC_AUDIENCE", "customer-portal")
ALLOWED_ALGS = ["RS256", "ES256"]


class TokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def verify_access_token(token: str) -> dict:
    # the header is only used to pick the signing key; claims come from the verified decode below
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise TokenError("unsupported algorithm")
    signing_key = _jwks().get_signing_key_from_jwt(token)
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
