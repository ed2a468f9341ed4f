"""Bearer-token authentication for the online bidding API.

Tokens are issued by the registration service and signed with one of the
keys published on its JWKS endpoint; the kid header picks the key.
"""

import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("BIDDER_TOKEN_ISSUER", "registration")
AUDIENCE = "bidding-api"
ALLOWED_ALGORITHMS = ["RS256"]

bearer = HTTPBearer(auto_error=True)


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["REGISTRATION_JWKS_URL"], cache_keys=True)


def decode_bidder_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    signing_key = _jwks_client().get_signing_key(header["kid"])
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "paddle"]},
    )


async def current_bidder(credentials: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        claims = decode_bidder_token(credentials.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")
    return {"bidder_id": claims["sub"], "paddle": int(claims["paddle"])}
