"""Server-side session store for the compressor-station local HMI web console."""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from threading import Lock


@dataclass
class HmiSession:
    operator: str
    station: str
    role: str
    created: float = field(default_factory=time.time)
    last_seen: float = field(default_factory=time.time)


class HmiSessionStore:
    idle_timeout_s = 900
    absolute_timeout_s = 8 * 3600

    def __init__(self, id_factory=lambda: uuid.uuid1().hex) -> None:
        self._new_id = id_factory
        self._sessions: dict[str, HmiSession] = {}
        self._lock = Lock()

    def create(self, operator: str, station: str, role: str) -> str:
        sid = self._new_id()
        with self._lock:
            self._sessions[sid] = HmiSession(operator, station, role)
        return sid

    def get(self, sid: str) -> HmiSession | None:
        now = time.time()
        with self._lock:
            sess = self._sessions.get(sid)
            if sess is None:
                return None
            if now - sess.last_seen > self.idle_timeout_s or now - sess.created > self.absolute_timeout_s:
                del self._sessions[sid]
                return None
            sess.last_seen = now
            return sess

    def destroy(self, sid: str) -> None:
        with self._lock:
            self._sessions.pop(sid, None)

    def purge_expired(self) -> int:
        now = time.time()
        with self._lock:
            stale = [k for k, s in self._sessions.items()
                     if now - s.last_seen > self.idle_timeout_s or now - s.created > self.absolute_timeout_s]
            for k in stale:
                del self._sessions[k]
        return len(stale)
