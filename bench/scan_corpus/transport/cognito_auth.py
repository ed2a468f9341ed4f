"""Flask decorator that validates Cognito access tokens against the pool's JWKS."""
import os
from functools import lru_cache, wraps

import requests
from flask import abort, g, request
from jose import jwt
from jose.exceptions import JWTError

REGION = os.environ["COGNITO_REGION"]
USER_POOL_ID = os.environ["COGNITO_USER_POOL_ID"]
APP_CLIENT_ID = os.environ["COGNITO_APP_CLIENT_ID"]
ISSUER = f"https://cognito-idp.{REGION}.amazonaws.com/{USER_POOL_ID}"


@lru_cache(maxsize=1)
def _jwks() -> dict:
    resp = requests.get(f"{ISSUER}/.well-known/jwks.json", timeout=10)
    resp.raise_for_status()
    return resp.json()


def _verify(token: str) -> dict:
    claims = jwt.decode(
        token,
        _jwks(),
        algorithms=["RS256"],
        issuer=ISSUER,
        options={"verify_aud": False},
    )
    # Cognito access tokens carry client_id instead of aud
    if claims.get("token_use") != "access" or claims.get("client_id") != APP_CLIENT_ID:
        raise JWTError("token not issued for this client")
    return claims


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            g.claims = _verify(header.removeprefix("Bearer "))
        except JWTError:
            abort(401)
        return view(*args, **kwargs)

    return wrapper
