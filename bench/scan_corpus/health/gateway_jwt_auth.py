"""Validates identity-provider JWTs for the model-serving API."""
import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
import requests
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer_scheme = HTTPBearer()
ISSUER = os.environ["OIDC_ISSUER"]
AUDIENCE = os.environ.get("OIDC_AUDIENCE", "model-serving")


@dataclass(frozen=True)
class Caller:
    subject: str
    scopes: frozenset[str]


@lru_cache(maxsize=1)
def _jwks() -> dict[str, dict]:
    resp = requests.get(f"{ISSUER}/.well-known/jwks.json", timeout=10)
    resp.raise_for_status()
    return {k["kid"]: k for k in resp.json()["keys"]}


def _signing_key(token: str):
    kid = jwt.get_unverified_header(token).get("kid")
    jwk = _jwks().get(kid)
    if jwk is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown signing key")
    return jwt.PyJWK(jwk).key


def current_caller(creds: HTTPAuthorizationCredentials = Depends(bearer_scheme)) -> Caller:
    token = creds.credentials
    try:
        claims = jwt.decode(
            token,
            _signing_key(token),
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
        )
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return Caller(subject=claims["sub"], scopes=frozenset(claims.get("scope", "").split()))
