"""Auth dependency for the ELN plugin backend.

The notebook host embeds the plugin in an iframe and forwards the user's
session as a bearer token issued by the institute's identity provider.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class PluginUser:
    subject: str
    email: str
    groups: tuple[str, ...]


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PluginUser:
    claims = _claims(creds.credentials)
    if "sub" not in claims:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token has no subject")
    return PluginUser(
        subject=claims["sub"],
        email=claims.get("email", ""),
        groups=tuple(claims.get("groups", [])),
    )


def require_group(group: str):
    def _dep(user: PluginUser = Depends(current_user)) -> PluginUser:
        if group not in user.groups:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "not in group")
        return user

    return _dep
