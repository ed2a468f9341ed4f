"""Bearer-token validation for the dispatch API.

The identity provider rotates its signing keys, so the ``kid`` in the token
header is used to pick the right key from the JWKS before the token is
verified.
"""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()

ALLOWED_ALGS = ["RS256"]
AUDIENCE = os.environ.get("DISPATCH_API_AUDIENCE", "dispatch-api")
ISSUER = os.environ.get("IDP_ISSUER", "")


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["IDP_JWKS_URL"], cache_keys=True)


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise jwt.InvalidAlgorithmError(header.get("alg"))
    return _jwks().get_signing_key(header["kid"]).key


def verify_token(token: str) -> dict:
    return jwt.decode(
        token,
        _signing_key(token),
        algorithms=ALLOWED_ALGS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "iss", "aud"]},
    )


def current_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return verify_token(creds.credentials)
    except (jwt.PyJWTError, KeyError) as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
