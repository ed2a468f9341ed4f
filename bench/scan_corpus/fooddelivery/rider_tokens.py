"""Validation of access tokens issued to couriers by the identity service."""
from functools import lru_cache

import jwt
import requests

from .config import settings


class TokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> dict:
    resp = requests.get(settings.identity_jwks_url, timeout=5)
    resp.raise_for_status()
    return {k["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}


def _key_for(token: str):
    # the header only tells us which published key to verify with
    kid = jwt.get_unverified_header(token).get("kid")
    keys = _jwks()
    if kid not in keys:
        _jwks.cache_clear()
        keys = _jwks()
    try:
        return keys[kid]
    except KeyError:
        raise TokenError("unknown signing key") from None


def verify_rider_token(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            key=_key_for(token),
            algorithms=["RS256"],
            audience=settings.courier_api_audience,
            issuer=settings.identity_issuer,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
