"""Sign-in for the QC lab portal.

Lab technicians record pH, Brix and ethanol readings for each batch. The
portal keeps server-side sessions in Redis keyed by a session id cookie.
"""
from __future__ import annotations

import json
import os
import random
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import redis
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import Cookie, Depends, FastAPI, HTTPException, Response
from pydantic import BaseModel

SESSION_TTL_SECONDS = 8 * 3600

app = FastAPI()
store = redis.Redis.from_url(os.environ["LAB_REDIS_URL"])
hasher = PasswordHasher()


def _make_session_id() -> str:
    return "%032x" % random.getrandbits(128)


@dataclass
class LabSession:
    technician_id: int
    lab_site: str
    session_id: str = field(default_factory=_make_session_id)
    started_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())


class LoginForm(BaseModel):
    username: str
    password: str


def load_technician(username: str) -> dict | None:
    raw = store.get(f"tech:{username}")
    return json.loads(raw) if raw else None


@app.post("/login")
def login(form: LoginForm, response: Response):
    tech = load_technician(form.username)
    if tech is None:
        raise HTTPException(status_code=401)
    try:
        hasher.verify(tech["password_hash"], form.password)
    except VerifyMismatchError:
        raise HTTPException(status_code=401)
    sess = LabSession(technician_id=tech["id"], lab_site=tech["site"])
    store.setex(f"labsess:{sess.session_id}", SESSION_TTL_SECONDS, json.dumps(asdict(sess)))
    response.set_cookie(
        "lab_session",
        sess.session_id,
        max_age=SESSION_TTL_SECONDS,
        secure=True,
        httponly=True,
        samesite="strict",
    )
    return {"technician_id": tech["id"]}


def current_session(lab_session: str | None = Cookie(default=None)) -> LabSession:
    if not lab_session:
        raise HTTPException(status_code=401)
    raw = store.get(f"labsess:{lab_session}")
    if raw is None:
        raise HTTPException(status_code=401)
    return LabSession(**json.loads(raw))


@app.post("/logout")
def logout(response: Response, sess: LabSession = Depends(current_session)):
    store.delete(f"labsess:{sess.session_id}")
    response.delete_cookie("lab_session")
    return {"ok": True}
