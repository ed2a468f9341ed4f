"""Bearer-token authentication for the internal ERP bridge API.

Tokens come from the corporate identity provider and are verified against
its published JWKS.
"""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()

DECODE_OPTIONS = {"require": ["exp", "iat", "sub", "aud", "iss"]}


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["IDP_JWKS_URL"], cache_keys=True)


def verify_token(token: str) -> dict:
    try:
        signing_key = _jwks().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=os.environ["ERP_BRIDGE_AUDIENCE"],
            issuer=os.environ["IDP_ISSUER"],
            options=DECODE_OPTIONS,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    return verify_token(creds.credentials)


def require_scope(scope: str):
    def _check(claims: dict = Depends(current_claims)) -> dict:
        if scope not in claims.get("scp", "").split():
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"scope {scope} required")
        return claims

    return _check
