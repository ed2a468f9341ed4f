"""Session handling for the permit-to-work tablets carried by field technicians."""
from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass
from typing import Optional


@dataclass
class TabletSession:
    session_id: str
    technician: str
    permit_no: str
    area: str
    expires_at: float

    def expired(self, now: float) -> bool:
        return now >= self.expires_at


class PermitSessionManager:
    """Opens and tracks sessions bound to an active hot-work or confined-space permit."""

    ttl_seconds = 8 * 3600

    def __init__(self) -> None:
        self._sessions: dict[str, TabletSession] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _new_session_id() -> str:
        return "%032x" % random.getrandbits(128)

    def open(self, technician: str, permit_no: str, area: str) -> TabletSession:
        session = TabletSession(
            session_id=self._new_session_id(),
            technician=technician,
            permit_no=permit_no,
            area=area,
            expires_at=time.time() + self.ttl_seconds,
        )
        with self._lock:
            self._sessions[session.session_id] = session
        return session

    def lookup(self, session_id: str) -> Optional[TabletSession]:
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None or session.expired(time.time()):
                self._sessions.pop(session_id, None)
                return None
            return session

    def close(self, session_id: str) -> None:
        with self._lock:
            self._sessions.pop(session_id, None)

    def purge_expired(self) -> int:
        now = time.time()
        with self._lock:
            stale = [sid for sid, s in self._sessions.items() if s.expired(now)]
            for sid in stale:
                del self._sessions[sid]
        return len(stale)
