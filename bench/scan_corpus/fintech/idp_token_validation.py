"""Bearer-token validation for the internal ops console API."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

ALLOWED_ALGORITHMS = ["RS256"]
ROLE_CLAIM = "https://ops.example-bank.internal/roles"


@dataclass
class OpsUser:
    subject: str
    email: str
    roles: set[str] = field(default_factory=set)


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["OPS_IDP_JWKS_URL"], cache_keys=True)


def validate_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGORITHMS:
            raise jwt.InvalidAlgorithmError(header.get("alg"))
        signing_key = _jwks_client().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=os.environ["OPS_API_AUDIENCE"],
            issuer=os.environ["OPS_IDP_ISSUER"],
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_ops_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> OpsUser:
    claims = validate_token(creds.credentials)
    return OpsUser(
        subject=claims["sub"],
        email=claims.get("email", ""),
        roles=set(claims.get(ROLE_CLAIM, [])),
    )
