"""Authentication dependency for the field data-collection API.

Tokens are issued by the organisation's identity provider and carry the
enumerator's id, the programmes they may submit to and their role.
"""
import time
from dataclasses import dataclass

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt
from jose.exceptions import JWTError

bearer = HTTPBearer(auto_error=True)

FIELD_ROLES = {"enumerator", "supervisor", "data_manager"}


@dataclass
class FieldUser:
    user_id: str
    role: str
    programmes: frozenset[str]


def _claims(token: str) -> dict:
    try:
        return jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc


def current_field_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> FieldUser:
    claims = _claims(creds.credentials)
    if claims.get("exp", 0) < time.time():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    role = claims.get("role")
    if role not in FIELD_ROLES:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "role not allowed on field API")
    return FieldUser(
        user_id=claims["sub"],
        role=role,
        programmes=frozenset(claims.get("programmes", [])),
    )


def require_programme(programme_id: str, user: FieldUser = Depends(current_field_user)) -> FieldUser:
    if programme_id not in user.programmes and user.role != "data_manager":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not assigned to programme")
    return user
