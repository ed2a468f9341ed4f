"""Bearer-token authentication for the newsroom source-management API.

Reporters sign in through the newsroom's OIDC provider; the SPA sends the
ID token on each call. Signing keys are fetched from the provider's JWKS
endpoint and cached by PyJWKClient.
"""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ["NEWSROOM_OIDC_ISSUER"]
AUDIENCE = os.environ["SOURCES_API_CLIENT_ID"]
ACCEPTED_ALGORITHMS = ["RS256", "ES256"]

DECODE_OPTIONS = {"require": ["exp", "iat", "sub", "aud", "iss"]}

bearer = HTTPBearer(auto_error=False)


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def decode_id_token(token: str) -> dict:
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ACCEPTED_ALGORITHMS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options=DECODE_OPTIONS,
        leeway=30,
    )


def current_reporter(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> dict:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = decode_id_token(creds.credentials)
    except (jwt.PyJWTError, jwt.PyJWKClientError):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    if "newsroom:sources" not in claims.get("groups", []):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not on the sources desk")
    return {"sub": claims["sub"], "name": claims.get("name"), "desk": claims.get("desk")}
