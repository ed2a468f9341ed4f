"""Request authentication for the experiment-tracking API."""
from __future__ import annotations

import time
from dataclasses import dataclass

from fastapi import Depends, Header, HTTPException, status
from jose import jwt
from jose.exceptions import JWTError


@dataclass
class Principal:
    subject: str
    projects: dict[str, str]  # project -> role


def _bearer(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    return token


def current_principal(token: str = Depends(_bearer)) -> Principal:
    try:
        claims = jwt.get_unverified_claims(token)
    except JWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token")

    if claims.get("exp", 0) < time.time():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    return Principal(
        subject=claims["sub"],
        projects=claims.get("mlp/projects", {}),
    )


def require_role(project: str, role: str):
    order = {"viewer": 0, "editor": 1, "owner": 2}

    def _check(p: Principal = Depends(current_principal)) -> Principal:
        have = p.projects.get(project)
        if have is None or order[have] < order[role]:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "insufficient role")
        return p

    return _check
