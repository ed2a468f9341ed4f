"""Verify access tokens issued by the referees' association identity provider.

The provider rotates its signing keys; the ``kid`` header picks which
published key to verify against.
"""
from functools import lru_cache

import jwt
import requests

from league.config import settings

ALLOWED_ALGORITHMS = ["RS256"]


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> dict[str, object]:
    resp = requests.get(settings.REF_IDP_JWKS_URL, timeout=10)
    resp.raise_for_status()
    return {
        k["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(k)
        for k in resp.json()["keys"]
        if k.get("kty") == "RSA"
    }


def verify_referee_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenRejected("malformed token") from exc

    key = _jwks().get(header.get("kid"))
    if key is None:
        _jwks.cache_clear()
        key = _jwks().get(header.get("kid"))
    if key is None:
        raise TokenRejected("unknown signing key")

    try:
        return jwt.decode(
            token,
            key=key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=settings.REF_IDP_AUDIENCE,
            issuer=settings.REF_IDP_ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
