"""Bearer token validation for the cleanroom qualification service.

Tokens are RS256 JWTs issued by the site IdP. The signing key is picked from
the IdP's JWKS by the ``kid`` in the token header.
"""
import os
from functools import lru_cache

import jwt
import requests

ISSUER = os.environ["CR_TOKEN_ISSUER"]
AUDIENCE = os.environ.get("CR_TOKEN_AUDIENCE", "cleanroom-qual")
JWKS_URL = os.environ["CR_JWKS_URL"]


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> dict:
    resp = requests.get(JWKS_URL, timeout=5)
    resp.raise_for_status()
    return {k["kid"]: jwt.PyJWK(k) for k in resp.json()["keys"]}


def validate(token: str) -> dict:
    try:
        kid = jwt.get_unverified_header(token).get("kid")
    except jwt.DecodeError as exc:
        raise TokenRejected("malformed token") from exc
    signing_key = _jwks().get(kid)
    if signing_key is None:
        _jwks.cache_clear()
        signing_key = _jwks().get(kid)
    if signing_key is None:
        raise TokenRejected("unknown signing key")
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.InvalidTokenError as exc:
        raise TokenRejected(str(exc)) from exc
