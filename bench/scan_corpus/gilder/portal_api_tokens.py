"""Bearer tokens for the portal's JSON API.

Museum integrations call the API with short-lived tokens that our auth
service signs with its RSA key.  The public key is mounted into the container.
"""
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

PUBLIC_KEY_PATH = Path("/run/secrets/portal_jwt_public.pem")
ISSUER = "https://auth.gilder-studio.example"
AUDIENCE = "gilder-portal-api"

bearer = HTTPBearer()


@dataclass(frozen=True)
class ApiPrincipal:
    subject: str
    institution: str
    scopes: frozenset[str]


@lru_cache(maxsize=1)
def public_key() -> str:
    return PUBLIC_KEY_PATH.read_text()


def decode_token(token: str) -> ApiPrincipal:
    claims = jwt.decode(
        token,
        public_key(),
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "iss", "aud"]},
    )
    return ApiPrincipal(
        subject=claims["sub"],
        institution=claims.get("inst", ""),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def principal(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> ApiPrincipal:
    try:
        return decode_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token",
                            headers={"WWW-Authenticate": "Bearer"})


def require_scope(scope: str):
    def check(p: ApiPrincipal = Depends(principal)) -> ApiPrincipal:
        if scope not in p.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
        return p
    return check
