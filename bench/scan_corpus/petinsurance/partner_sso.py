"""Single sign-on for vet practice staff via the VetConnect identity provider.

The IdP publishes a JWKS; we pick the key by the token's ``kid`` header and
then fully verify signature, issuer, audience and expiry.
"""
import os
import time

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

JWKS_URL = os.environ["VET_SSO_JWKS_URL"]
ISSUER = os.environ["VET_SSO_ISSUER"]
AUDIENCE = os.environ["VET_SSO_AUDIENCE"]
JWKS_TTL_S = 3600

_cache: dict = {"keys": {}, "fetched": 0.0}


class SsoError(Exception):
    pass


def _signing_keys(force: bool = False) -> dict:
    if force or time.monotonic() - _cache["fetched"] > JWKS_TTL_S:
        resp = requests.get(JWKS_URL, timeout=5)
        resp.raise_for_status()
        _cache["keys"] = {k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}
        _cache["fetched"] = time.monotonic()
    return _cache["keys"]


def verify_staff_token(token: str) -> dict:
    kid = jwt.get_unverified_header(token).get("kid")
    key = _signing_keys().get(kid) or _signing_keys(force=True).get(kid)
    if key is None:
        raise SsoError("unknown signing key")
    try:
        return jwt.decode(
            token,
            key=key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise SsoError(str(exc)) from exc
