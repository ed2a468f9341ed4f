"""Bearer-token authentication for the members' booking API (FastAPI)."""

from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Lace cooperative member API")
bearer = HTTPBearer(auto_error=True)

JWT_ISSUER = os.environ.get("MEMBER_JWT_ISSUER", "lace-coop-portal")


@dataclass
class MemberPrincipal:
    member_id: int
    email: str
    roles: tuple[str, ...]

    @property
    def is_tutor(self) -> bool:
        return "tutor" in self.roles


def _claims_from_token(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_member(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> MemberPrincipal:
    claims = _claims_from_token(creds.credentials)
    if claims.get("iss") != JWT_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong issuer")
    try:
        return MemberPrincipal(
            member_id=int(claims["sub"]),
            email=claims["email"],
            roles=tuple(claims.get("roles", [])),
        )
    except (KeyError, ValueError) as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc


@app.get("/me")
def read_me(member: MemberPrincipal = Depends(current_member)) -> dict:
    return {"id": member.member_id, "email": member.email, "roles": list(member.roles)}


@app.get("/classes/{class_id}/roster")
def class_roster(class_id: int, member: MemberPrincipal = Depends(current_member)) -> dict:
    if not member.is_tutor:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "tutors only")
    return {"class_id": class_id, "attendees": []}
