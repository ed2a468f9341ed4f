"""Bearer-token guard for the SSO admin API.

Tokens are issued by the corporate IdP; signing keys are fetched from its
JWKS endpoint and cached by PyJWKClient.
"""
import os

import jwt
from fastapi import Depends, Header, HTTPException

ISSUER = os.environ["OIDC_ISSUER"]
AUDIENCE = os.environ["OIDC_AUDIENCE"]
ADMIN_GROUP = os.environ.get("SSO_ADMIN_GROUP", "it-sso-admins")
ALLOWED_ALGS = ["RS256"]

_jwks = jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def _bearer(authorization: str) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    return token


def current_claims(authorization: str = Header(...)) -> dict:
    token = _bearer(authorization)
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGS:
            raise HTTPException(status_code=401, detail="unsupported token algorithm")
        signing_key = _jwks.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


def require_admin(claims: dict = Depends(current_claims)) -> dict:
    if ADMIN_GROUP not in claims.get("groups", []):
        raise HTTPException(status_code=403, detail="not an SSO administrator")
    return claims
