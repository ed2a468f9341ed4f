"""Authentication dependency for the operator portal API.

Operator staff sign in through their own company identity provider; the
portal receives the access token and maps the operator claim to a fleet scope.
"""
import time
from dataclasses import dataclass

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt
from jose.exceptions import JWTError

from wheeltapper.config import settings
from wheeltapper.operators import OperatorDirectory

bearer = HTTPBearer()
directory = OperatorDirectory()


@dataclass
class PortalUser:
    subject: str
    operator_code: str
    roles: frozenset[str]


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail=detail)


def _claims(token: str) -> dict:
    try:
        return jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise _unauthorised("malformed token") from exc


async def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalUser:
    claims = _claims(creds.credentials)
    if claims.get("aud") != settings.PORTAL_AUDIENCE:
        raise _unauthorised("wrong audience")
    if claims.get("exp", 0) < time.time():
        raise _unauthorised("token expired")
    operator = directory.by_issuer(claims.get("iss", ""))
    if operator is None:
        raise _unauthorised("unknown issuer")
    return PortalUser(
        subject=claims["sub"],
        operator_code=operator.code,
        roles=frozenset(claims.get("roles", [])),
    )


def require_role(role: str):
    async def checker(user: PortalUser = Depends(current_user)) -> PortalUser:
        if role not in user.roles:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN)
        return user
    return checker
