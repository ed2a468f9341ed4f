"""Session handling for the lamp-room self-service kiosks.

After a miner badges in at a kiosk, a short-lived session is opened so they
can sign out a cap lamp, gas detector and self-rescuer without badging again
for each item. Sessions live in Redis and are referenced by an opaque id that
the kiosk browser holds in a cookie.
"""
import json
import random
import string
import time
from dataclasses import asdict, dataclass

import redis
from flask import Flask, jsonify, request

from colliery.config import settings

app = Flask(__name__)
store = redis.Redis.from_url(settings.REDIS_URL)

SESSION_TTL = 180
ALPHABET = string.ascii_letters + string.digits


@dataclass
class KioskSession:
    miner_id: int
    kiosk_id: str
    opened_at: float


class KioskSessionStore:
    def __init__(self, backend: redis.Redis, ttl: int = SESSION_TTL) -> None:
        self.backend = backend
        self.ttl = ttl

    def _new_id(self) -> str:
        return "".join(random.choices(ALPHABET, k=32))

    def open(self, miner_id: int, kiosk_id: str) -> str:
        session_id = self._new_id()
        record = KioskSession(miner_id=miner_id, kiosk_id=kiosk_id, opened_at=time.time())
        self.backend.setex(f"kiosk:{session_id}", self.ttl, json.dumps(asdict(record)))
        return session_id

    def get(self, session_id: str) -> KioskSession | None:
        raw = self.backend.get(f"kiosk:{session_id}")
        return KioskSession(**json.loads(raw)) if raw else None

    def close(self, session_id: str) -> None:
        self.backend.delete(f"kiosk:{session_id}")


sessions = KioskSessionStore(store)


@app.post("/kiosk/badge")
def badge_in():
    body = request.get_json(force=True)
    session_id = sessions.open(int(body["miner_id"]), body["kiosk_id"])
    response = jsonify({"status": "open", "ttl": SESSION_TTL})
    response.set_cookie(
        "kiosk_session", session_id, max_age=SESSION_TTL, secure=True, httponly=True, samesite="Strict"
    )
    return response


@app.post("/kiosk/logout")
def logout():
    session_id = request.cookies.get("kiosk_session")
    if session_id:
        sessions.close(session_id)
    return jsonify({"status": "closed"})
