"""Validate ID tokens from the state's federated identity provider.

Residents sign in with their state digital ID; the IdP rotates signing
keys, so the key is picked from its JWKS by ``kid``.
"""
import os
from functools import lru_cache

import jwt
import requests


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> dict:
    resp = requests.get(os.environ["STATE_IDP_JWKS_URL"], timeout=10)
    resp.raise_for_status()
    return {k["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}


def _signing_key(token: str):
    kid = jwt.get_unverified_header(token).get("kid")
    keys = _jwks()
    if kid not in keys:
        _jwks.cache_clear()
        keys = _jwks()
    if kid not in keys:
        raise TokenRejected("unknown signing key")
    return keys[kid]


def validate_id_token(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            _signing_key(token),
            algorithms=["RS256"],
            audience=os.environ["STATE_IDP_CLIENT_ID"],
            issuer=os.environ["STATE_IDP_ISSUER"],
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
