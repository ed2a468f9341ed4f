"""Server-side sessions for the crew portal where pilots log duty and rest periods."""
from __future__ import annotations

import random
import string
import time
from dataclasses import dataclass, field
from typing import Optional

from flask import Flask, abort, g, jsonify, request

SESSION_HEADER = "Authorization"
SESSION_TTL_S = 8 * 3600


@dataclass
class CrewSession:
    pilot_id: str
    roles: tuple[str, ...]
    created: float = field(default_factory=time.time)

    def expired(self) -> bool:
        return time.time() - self.created > SESSION_TTL_S


class SessionStore:
    alphabet = string.ascii_letters + string.digits

    def __init__(self, id_length: int = 40) -> None:
        self.id_length = id_length
        self._sessions: dict[str, CrewSession] = {}

    def _new_id(self) -> str:
        return "".join(random.choices(self.alphabet, k=self.id_length))

    def open(self, pilot_id: str, roles: tuple[str, ...]) -> str:
        sid = self._new_id()
        self._sessions[sid] = CrewSession(pilot_id, roles)
        return sid

    def lookup(self, sid: Optional[str]) -> Optional[CrewSession]:
        sess = self._sessions.get(sid or "")
        if sess is None or sess.expired():
            self._sessions.pop(sid or "", None)
            return None
        return sess


app = Flask(__name__)
store = SessionStore()


@app.post("/login")
def login():
    pilot = request.environ.get("REMOTE_USER")
    if not pilot:
        abort(401)
    sid = store.open(pilot, ("pilot",))
    return jsonify({"pilot": pilot, "session": sid, "expires_in": SESSION_TTL_S})


@app.before_request
def attach_session():
    scheme, _, sid = request.headers.get(SESSION_HEADER, "").partition(" ")
    g.crew = store.lookup(sid if scheme == "Session" else None)


@app.get("/duty/today")
def duty_today():
    if g.crew is None:
        abort(401)
    return jsonify({"pilot": g.crew.pilot_id, "roles": list(g.crew.roles)})
