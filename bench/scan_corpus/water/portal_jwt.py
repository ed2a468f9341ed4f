"""Validate customer-portal access tokens issued by the utility's identity provider."""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGS = ("RS256", "ES256")


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["PORTAL_IDP_JWKS_URL"], cache_keys=True, lifespan=3600)


class TokenError(Exception):
    pass


def validate_access_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenError("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise TokenError("unexpected token header")

    signing_key = _jwks().get_signing_key(header["kid"]).key
    try:
        return jwt.decode(
            token,
            signing_key,
            algorithms=list(ALLOWED_ALGS),
            audience=os.environ["PORTAL_API_AUDIENCE"],
            issuer=os.environ["PORTAL_IDP_ISSUER"],
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
