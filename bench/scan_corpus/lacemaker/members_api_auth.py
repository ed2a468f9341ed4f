"""Bearer-token authentication for the members' mobile app API.

The app signs members in through the identity provider and calls this API with
the resulting access token to list purchases and workshop bookings.
"""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("MEMBERS_IDP_ISSUER", "https://id.lacemaker.example/")
AUDIENCE = "lacemaker-members-api"
JWKS_URL = f"{ISSUER.rstrip('/')}/.well-known/jwks.json"

bearer = HTTPBearer(auto_error=True)


@lru_cache(maxsize=1)
def jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(JWKS_URL, cache_keys=True, lifespan=3600)


def signing_key_for(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256" or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    return jwks_client().get_signing_key(header["kid"]).key


def verify_access_token(token: str) -> dict:
    return jwt.decode(
        token,
        key=signing_key_for(token),
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )


async def current_member(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> int:
    try:
        claims = verify_access_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")
    return int(claims["sub"])
