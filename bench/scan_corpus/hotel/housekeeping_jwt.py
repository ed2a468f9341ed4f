"""Token verification for the housekeeping app backend (FastAPI).

Two issuers are accepted: the staff identity provider (attendants and
supervisors signing in on tablets) and the device-enrolment service (shared
floor tablets). The unverified header is only used to pick the issuer's key
set; the token itself is always verified against that key.
"""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

AUDIENCE = os.environ.get("HK_API_AUDIENCE", "housekeeping-api")
ISSUERS = {
    "staff": os.environ["HK_STAFF_ISSUER"],
    "device": os.environ["HK_DEVICE_ISSUER"],
}
_bearer = HTTPBearer()


@lru_cache(maxsize=None)
def _jwks(kind: str) -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUERS[kind].rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def verify(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    kind = "device" if header.get("typ") == "device+jwt" else "staff"
    key = _jwks(kind).get_signing_key_from_jwt(token).key
    return jwt.decode(
        token,
        key,
        algorithms=["RS256", "ES256"],
        audience=AUDIENCE,
        issuer=ISSUERS[kind],
        options={"require": ["exp", "iat", "sub"]},
    )


def current_principal(creds: HTTPAuthorizationCredentials = Depends(_bearer)) -> dict:
    try:
        return verify(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
