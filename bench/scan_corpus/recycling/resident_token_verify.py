"""Verify resident app access tokens issued by the identity provider.

The IdP rotates its signing keys; the ``kid`` in the token header tells us
which published key to verify against.
"""

import os
from functools import lru_cache

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

IDP = {
    "issuer": os.environ["RESIDENT_IDP_ISSUER"],
    "audience": os.environ.get("RESIDENT_API_AUDIENCE", "resident-api"),
    "jwks_url": os.environ["RESIDENT_IDP_JWKS_URL"],
    "algorithms": ["RS256"],
}


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> dict[str, object]:
    resp = requests.get(IDP["jwks_url"], timeout=5)
    resp.raise_for_status()
    return {k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}


def _key_for(token: str):
    header = jwt.get_unverified_header(token)
    kid = header.get("kid")
    keys = _jwks()
    if kid not in keys:
        _jwks.cache_clear()
        keys = _jwks()
    try:
        return keys[kid]
    except KeyError as exc:
        raise TokenRejected("unknown signing key") from exc


def verify(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            key=_key_for(token),
            algorithms=IDP["algorithms"],
            audience=IDP["audience"],
            issuer=IDP["issuer"],
            options={"require": ["exp", "sub", "household"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
