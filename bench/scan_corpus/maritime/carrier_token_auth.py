"""JWT validation for carrier systems calling the booking API."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

_bearer = HTTPBearer()
ALLOWED_ALGORITHMS = ["RS256"]
DECODE_OPTIONS = {"require": ["exp", "iat", "iss", "aud", "sub"]}


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["CARRIER_IDP_JWKS_URL"], cache_keys=True, lifespan=900)


def carrier_claims(creds: HTTPAuthorizationCredentials = Depends(_bearer)) -> dict:
    token = creds.credentials
    try:
        signing_key = _jwks().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=os.environ["BOOKING_API_AUDIENCE"],
            issuer=os.environ["CARRIER_IDP_ISSUER"],
            options=DECODE_OPTIONS,
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="invalid carrier token",
            headers={"WWW-Authenticate": "Bearer"},
        ) from exc


def carrier_code(claims: dict = Depends(carrier_claims)) -> str:
    code = claims.get("carrier_code")
    if not code:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="no carrier code in token")
    return code
