"""Session handling for the roof-survey tablet app.

Surveyors sign in on site, photograph ridges, eaves and flashings, and record
coat depth readings. Sessions live in Redis so any API node can serve them.
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass
from typing import Callable

import redis
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import Depends, FastAPI, Header, HTTPException

SESSION_TTL_SECONDS = 10 * 60 * 60


@dataclass
class SurveyorSession:
    surveyor_id: int
    name: str
    region: str


class SessionStore:
    def __init__(self, client: redis.Redis, id_factory: Callable[[], uuid.UUID] = uuid.uuid1) -> None:
        self.client = client
        self.id_factory = id_factory

    def open(self, surveyor: SurveyorSession) -> str:
        session_id = self.id_factory().hex
        self.client.setex(f"survey-session:{session_id}", SESSION_TTL_SECONDS,
                          json.dumps(asdict(surveyor)))
        return session_id

    def load(self, session_id: str) -> SurveyorSession | None:
        raw = self.client.get(f"survey-session:{session_id}")
        return SurveyorSession(**json.loads(raw)) if raw else None

    def close(self, session_id: str) -> None:
        self.client.delete(f"survey-session:{session_id}")


app = FastAPI()
store = SessionStore(redis.Redis.from_url(os.environ["REDIS_URL"]))
hasher = PasswordHasher()


def _surveyor_row(username: str) -> dict | None:
    raw = store.client.hget("surveyors", username)
    return json.loads(raw) if raw else None


@app.post("/tablet/login")
def login(payload: dict):
    row = _surveyor_row(payload.get("username", ""))
    if row is None:
        raise HTTPException(status_code=401, detail="unknown surveyor or wrong password")
    try:
        hasher.verify(row["password_hash"], payload.get("password", ""))
    except VerifyMismatchError:
        raise HTTPException(status_code=401, detail="unknown surveyor or wrong password")
    sid = store.open(SurveyorSession(row["id"], row["name"], row["region"]))
    return {"session": sid, "expires_in": SESSION_TTL_SECONDS}


def current_surveyor(x_session: str = Header(...)) -> SurveyorSession:
    sess = store.load(x_session)
    if sess is None:
        raise HTTPException(status_code=401, detail="session expired")
    return sess


@app.get("/tablet/assignments")
def assignments(surveyor: SurveyorSession = Depends(current_surveyor)):
    raw = store.client.lrange(f"assignments:{surveyor.surveyor_id}", 0, -1)
    return [json.loads(item) for item in raw]


@app.post("/tablet/logout")
def logout(x_session: str = Header(...)):
    store.close(x_session)
    return {"ok": True}
