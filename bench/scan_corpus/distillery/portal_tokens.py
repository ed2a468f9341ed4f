"""Bearer-token validation for the distributor portal API.

Tokens are RS256 JWTs from the identity provider. We read the ``kid`` from
the header to pick the signing key out of the provider's JWKS, then fully
verify signature, issuer, audience and expiry.
"""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("PORTAL_OIDC_ISSUER", "")
AUDIENCE = "distributor-portal"
ALLOWED_ALGS = ["RS256"]

bearer = HTTPBearer()


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    return _jwks().get_signing_key(header["kid"]).key


def validate(token: str) -> dict:
    return jwt.decode(
        token,
        key=_signing_key(token),
        algorithms=ALLOWED_ALGS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "distributor_id"]},
    )


def distributor_id(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> int:
    try:
        claims = validate(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return int(claims["distributor_id"])
