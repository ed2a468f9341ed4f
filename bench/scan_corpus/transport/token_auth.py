"""FastAPI dependency that authenticates requests carrying identity-provider tokens."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()

AUDIENCE = os.environ["API_AUDIENCE"]
ISSUER = os.environ["IDP_ISSUER"]


@lru_cache(maxsize=1)
def _idp_public_key() -> str:
    with open(os.environ["IDP_PUBLIC_KEY_PATH"], encoding="ascii") as fh:
        return fh.read()


def current_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return jwt.decode(
            creds.credentials,
            _idp_public_key(),
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "invalid token",
            headers={"WWW-Authenticate": "Bearer"},
        )


def require_scope(scope: str):
    def checker(claims: dict = Depends(current_claims)) -> dict:
        if scope not in claims.get("scope", "").split():
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return claims

    return checker
