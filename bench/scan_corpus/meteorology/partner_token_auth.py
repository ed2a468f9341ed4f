"""Bearer-token validation for the warning subscription API.

Tokens come from the agency IdP; the signing key is picked by `kid` from
the IdP's JWKS document, which rotates quarterly.
"""
import os

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ["IDP_ISSUER"]
AUDIENCE = "warning-subscriptions"
ALLOWED_ALGS = ["RS256", "ES256"]

_jwks = jwt.PyJWKClient(os.environ["IDP_JWKS_URL"], cache_keys=True)
bearer = HTTPBearer()


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise jwt.InvalidAlgorithmError("algorithm not allowed")
    return _jwks.get_signing_key(header["kid"]).key


def current_partner(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    token = creds.credentials
    try:
        claims = jwt.decode(
            token,
            _signing_key(token),
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub", "iss", "aud"]},
        )
    except (jwt.PyJWTError, KeyError) as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "warnings:subscribe" not in claims.get("scope", "").split():
        raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
    return {"partner_id": claims["sub"], "org": claims.get("org")}
