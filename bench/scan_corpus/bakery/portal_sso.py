"""Single sign-on for bakery staff on the wholesale portal's back office."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()

ISSUER = os.environ["SSO_ISSUER"]
AUDIENCE = os.environ["SSO_AUDIENCE"]
ALLOWED_ALGS = ["RS256"]


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def verify_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGS:
            raise jwt.InvalidAlgorithmError(header.get("alg"))
        signing_key = _jwks().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def back_office_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    claims = verify_token(creds.credentials)
    if "backoffice" not in claims.get("groups", []):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no back-office access")
    return claims
