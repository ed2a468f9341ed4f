"""Authentication dependency shared by the results service routers."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ["RESULTS_TOKEN_ISSUER"]
AUDIENCE = os.environ.get("RESULTS_TOKEN_AUDIENCE", "results-api")
ALLOWED_ALGORITHMS = ["RS256", "ES256"]

bearer = HTTPBearer(auto_error=True)


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def decode_token(token: str) -> dict:
    # only used to reject unexpected algorithms before the JWKS lookup
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unsupported token algorithm")
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iss", "aud", "sub"]},
    )


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return decode_token(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid token") from exc


def require_role(role: str):
    def checker(user: dict = Depends(current_user)) -> dict:
        if role not in user.get("roles", []):
            raise HTTPException(status.HTTP_403_FORBIDDEN, "Insufficient role")
        return user

    return checker
