"""Login endpoint for the farm shop till tablets (FastAPI)."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

import bcrypt
from fastapi import Cookie, FastAPI, HTTPException, Response
from pydantic import BaseModel

app = FastAPI()
SESSION_COOKIE = "till_session"
SESSION_TTL = timedelta(hours=10)

_operators: dict[str, bytes] = {}
_sessions: dict[str, str] = {}


class LoginRequest(BaseModel):
    operator: str
    pin: str


def register_operator(operator: str, pin: str) -> None:
    _operators[operator] = bcrypt.hashpw(pin.encode("utf-8"), bcrypt.gensalt(rounds=12))


@app.post("/till/login")
def login(body: LoginRequest, response: Response) -> dict:
    stored = _operators.get(body.operator)
    if stored is None or not bcrypt.checkpw(body.pin.encode("utf-8"), stored):
        raise HTTPException(status_code=401, detail="invalid operator or PIN")
    token = secrets.token_urlsafe(32)
    _sessions[token] = body.operator
    response.set_cookie(
        key=SESSION_COOKIE,
        value=token,
        max_age=int(SESSION_TTL.total_seconds()),
        httponly=True,
        secure=True,
        samesite="strict",
        path="/till",
    )
    return {"operator": body.operator}


@app.post("/till/logout")
def logout(response: Response, till_session: str | None = Cookie(default=None)) -> dict:
    if till_session:
        _sessions.pop(till_session, None)
    response.delete_cookie(SESSION_COOKIE, path="/till")
    return {"ok": True}


@app.get("/till/whoami")
def whoami(till_session: str | None = Cookie(default=None)) -> dict:
    operator = _sessions.get(till_session or "")
    if operator is None:
        raise HTTPException(status_code=401, detail="not signed in")
    return {"operator": operator, "shop": os.environ.get("SHOP_NAME", "Hollow Lane Farm Shop")}
