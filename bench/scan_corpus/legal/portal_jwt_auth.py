"""Bearer-token authentication for the client portal API."""
import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer_scheme = HTTPBearer()

ISSUER = os.environ["PORTAL_TOKEN_ISSUER"]
AUDIENCE = os.environ.get("PORTAL_TOKEN_AUDIENCE", "client-portal-api")


@dataclass(frozen=True)
class PortalPrincipal:
    client_id: str
    email: str
    matter_ids: frozenset[str]


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def decode_portal_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256":
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    signing_key = _jwks_client().get_signing_key(header["kid"])
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )


def get_principal(creds: HTTPAuthorizationCredentials = Depends(bearer_scheme)) -> PortalPrincipal:
    try:
        claims = decode_portal_token(creds.credentials)
    except (jwt.PyJWTError, KeyError):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return PortalPrincipal(claims["sub"], claims.get("email", ""), frozenset(claims.get("matters", [])))
