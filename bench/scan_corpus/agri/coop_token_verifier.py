"""Verifies access tokens from the co-op identity service for the
elevator-ticket API."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer_scheme = HTTPBearer()
ALLOWED_ALGORITHMS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["COOP_IDP_JWKS_URL"], cache_keys=True)


def verify_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGORITHMS:
            raise jwt.InvalidAlgorithmError("unexpected signing algorithm")
        signing_key = _jwks_client().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=os.environ["COOP_API_AUDIENCE"],
            issuer=os.environ["COOP_IDP_ISSUER"],
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="invalid token",
            headers={"WWW-Authenticate": "Bearer"},
        ) from exc


async def current_member(creds: HTTPAuthorizationCredentials = Depends(bearer_scheme)) -> dict:
    claims = verify_token(creds.credentials)
    return {"member_id": claims["sub"], "coop_id": claims.get("coop"), "roles": claims.get("roles", [])}
