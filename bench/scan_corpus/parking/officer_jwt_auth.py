"""Bearer-token auth for the enforcement officer API (tokens issued by the city IdP)."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ALLOWED_ALGS = ["RS256", "ES256"]
_bearer = HTTPBearer()


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["IDP_JWKS_URL"], cache_keys=True)


def decode_officer_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise jwt.InvalidAlgorithmError("unexpected alg")
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGS,
        audience=os.environ["IDP_AUDIENCE"],
        issuer=os.environ["IDP_ISSUER"],
        options={"require": ["exp", "iat", "sub"]},
    )


def current_officer(creds: HTTPAuthorizationCredentials = Depends(_bearer)) -> dict:
    try:
        claims = decode_officer_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")
    if "enforcement" not in claims.get("roles", []):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="not an officer")
    return claims
