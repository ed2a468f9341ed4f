"""Bearer-token authentication for the hospital ordering API.

Tokens are issued by the regional identity broker and signed with keys
published on its JWKS endpoint; the ``kid`` header selects the key.
"""
import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

ALLOWED_ALGS = ["RS256", "ES256"]


@dataclass
class HospitalPrincipal:
    subject: str
    org_code: str
    roles: tuple[str, ...]


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["IDP_JWKS_URL"], cache_keys=True, lifespan=3600)


def decode_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    signing_key = _jwks().get_signing_key(header["kid"])
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGS,
        audience=os.environ["IDP_AUDIENCE"],
        issuer=os.environ["IDP_ISSUER"],
        options={"require": ["exp", "iat", "sub", "org_code"]},
    )


def current_principal(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> HospitalPrincipal:
    try:
        claims = decode_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from None
    return HospitalPrincipal(
        subject=claims["sub"],
        org_code=claims["org_code"],
        roles=tuple(claims.get("roles", ())),
    )
