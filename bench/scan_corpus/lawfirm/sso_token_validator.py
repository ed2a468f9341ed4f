"""Validate staff SSO access tokens issued by the firm's identity provider."""
import logging
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

log = logging.getLogger(__name__)

ALLOWED_ALGORITHMS = ["RS256"]


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(os.environ["SSO_JWKS_URL"], cache_keys=True, lifespan=3600)


def validate_access_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenRejected("malformed token") from exc

    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise TokenRejected(f"unexpected alg {header.get('alg')!r}")

    try:
        signing_key = _jwks_client().get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=os.environ["SSO_AUDIENCE"],
            issuer=os.environ["SSO_ISSUER"],
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        log.info("rejected SSO token with kid=%s: %s", header.get("kid"), exc)
        raise TokenRejected("token validation failed") from exc

    return claims
