"""Validates access tokens issued by the identity-proofing provider."""
import os
from functools import lru_cache

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

ISSUER = os.environ.get("IDP_ISSUER", "")
AUDIENCE = os.environ.get("IDP_AUDIENCE", "notary-api")


class TokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> dict:
    resp = requests.get(f"{ISSUER}/.well-known/jwks.json", timeout=10)
    resp.raise_for_status()
    return {k["kid"]: k for k in resp.json()["keys"]}


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    kid = header.get("kid")
    jwk = _jwks().get(kid)
    if jwk is None:
        _jwks.cache_clear()
        jwk = _jwks().get(kid)
    if jwk is None:
        raise TokenError("unknown signing key")
    return RSAAlgorithm.from_jwk(jwk)


def verify_access_token(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            key=_signing_key(token),
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
