"""Bearer-token validation for the subcontractor portal API.

Access tokens are RS256 JWTs issued by the identity provider; the signing
keys are fetched (and cached) from its JWKS endpoint.
"""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ["PORTAL_OIDC_ISSUER"]
AUDIENCE = os.environ.get("PORTAL_API_AUDIENCE", "subcontractor-portal-api")
ALLOWED_ALGS = ["RS256"]

_bearer = HTTPBearer(auto_error=True)


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def decode_access_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unsupported token algorithm")
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def current_subcontractor(creds: HTTPAuthorizationCredentials = Depends(_bearer)) -> dict:
    try:
        claims = decode_access_token(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "sub_id" not in claims:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a subcontractor account")
    return {"subcontractor_id": int(claims["sub_id"]), "roles": claims.get("roles", []), "email": claims.get("email")}
