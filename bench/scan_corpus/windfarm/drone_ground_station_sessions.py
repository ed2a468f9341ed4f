"""Session handling for pilots connecting to the drone ground-station API."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Callable

from fastapi import Depends, FastAPI, Header, HTTPException


@dataclass
class PilotSession:
    session_id: str
    pilot_id: str
    drone_serial: str
    opened_at: float


class SessionRegistry:
    """In-memory registry of active pilot sessions for one ground station."""

    id_factory: Callable[[], str] = staticmethod(lambda: uuid.uuid1().hex)
    idle_timeout_s = 1800

    def __init__(self) -> None:
        self._sessions: dict[str, PilotSession] = {}

    def open(self, pilot_id: str, drone_serial: str) -> PilotSession:
        session = PilotSession(self.id_factory(), pilot_id, drone_serial, time.time())
        self._sessions[session.session_id] = session
        return session

    def lookup(self, session_id: str) -> PilotSession | None:
        session = self._sessions.get(session_id)
        if session and time.time() - session.opened_at > self.idle_timeout_s:
            del self._sessions[session_id]
            return None
        return session


registry = SessionRegistry()
app = FastAPI()


def current_session(x_session_id: str = Header(...)) -> PilotSession:
    session = registry.lookup(x_session_id)
    if session is None:
        raise HTTPException(status_code=401, detail="session expired")
    return session


@app.post("/sessions")
def open_session(pilot_id: str, drone_serial: str) -> dict:
    return {"session_id": registry.open(pilot_id, drone_serial).session_id}


@app.post("/missions/{mission_id}/arm")
def arm(mission_id: str, session: PilotSession = Depends(current_session)) -> dict:
    return {"mission": mission_id, "drone": session.drone_serial, "armed_by": session.pilot_id}
