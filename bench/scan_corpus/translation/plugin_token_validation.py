"""Validates access tokens presented by CAT plugins against the identity service keys."""
import os
from functools import lru_cache

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

ISSUER = os.environ["PLUGIN_TOKEN_ISSUER"].rstrip("/")
AUDIENCE = "cat-plugin"


@lru_cache(maxsize=1)
def _signing_keys() -> dict:
    resp = requests.get(f"{ISSUER}/.well-known/jwks.json", timeout=10)
    resp.raise_for_status()
    return {k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}


def validate_plugin_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    kid = header.get("kid")
    keys = _signing_keys()
    if kid not in keys:
        _signing_keys.cache_clear()
        keys = _signing_keys()
    if kid not in keys:
        raise jwt.InvalidTokenError("unknown signing key")
    return jwt.decode(
        token,
        keys[kid],
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "aud"]},
    )
