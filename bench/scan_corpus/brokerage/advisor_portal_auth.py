"""Bearer-token authentication for the registered-advisor portal API.

Tokens are issued by the corporate identity provider; signing keys are fetched
from its JWKS endpoint and cached by PyJWKClient.
"""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ["ADVISOR_IDP_ISSUER"]
AUDIENCE = os.environ.get("ADVISOR_API_AUDIENCE", "advisor-portal-api")
ALLOWED_ALGS = ["RS256", "ES256"]

bearer = HTTPBearer()


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def decode_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise jwt.InvalidAlgorithmError(header.get("alg"))
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def current_advisor(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        claims = decode_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    if "advisor" not in claims.get("roles", []):
        raise HTTPException(status_code=403, detail="advisor role required")
    return claims
