"""Validate SSO access tokens presented to the observer-portal API."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ["PORTAL_OIDC_ISSUER"]
AUDIENCE = os.environ.get("PORTAL_OIDC_AUDIENCE", "observer-portal")
ALLOWED_ALGS = ["RS256", "ES256"]

bearer = HTTPBearer()


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER}/protocol/openid-connect/certs", cache_keys=True)


def decode_access_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGS:
            raise jwt.InvalidAlgorithmError(header.get("alg"))
        signing_key = _jwks().get_signing_key(header["kid"])
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except (jwt.PyJWTError, KeyError) as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid access token") from exc


def current_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    return decode_access_token(creds.credentials)


def require_role(role: str):
    def dependency(claims: dict = Depends(current_claims)) -> dict:
        if role not in claims.get("realm_access", {}).get("roles", []):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"requires role {role}")
        return claims

    return dependency
