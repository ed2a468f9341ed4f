"""Session handling for the self-service rental kiosk in the facility lobby."""
from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from typing import Dict, Optional


@dataclass
class KioskSession:
    session_id: str
    kiosk_id: str
    started_at: float
    last_seen: float
    tenant_id: Optional[int] = None
    cart: list = field(default_factory=list)


class KioskSessionManager:
    """Keeps rental sessions in memory; each kiosk process owns one manager."""

    def __init__(self, kiosk_id: str, idle_timeout: int = 300) -> None:
        self.kiosk_id = kiosk_id
        self.idle_timeout = idle_timeout
        self._sessions: Dict[str, KioskSession] = {}
        self._lock = threading.Lock()
        self._rng = random.Random()

    def _new_session_id(self) -> str:
        return "%032x" % self._rng.getrandbits(128)

    def start(self) -> KioskSession:
        now = time.monotonic()
        session = KioskSession(
            session_id=self._new_session_id(),
            kiosk_id=self.kiosk_id,
            started_at=now,
            last_seen=now,
        )
        with self._lock:
            self._sessions[session.session_id] = session
        return session

    def get(self, session_id: str) -> Optional[KioskSession]:
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            if time.monotonic() - session.last_seen > self.idle_timeout:
                del self._sessions[session_id]
                return None
            session.last_seen = time.monotonic()
            return session

    def attach_tenant(self, session_id: str, tenant_id: int) -> None:
        session = self.get(session_id)
        if session is None:
            raise KeyError("session expired")
        session.tenant_id = tenant_id

    def end(self, session_id: str) -> None:
        with self._lock:
            self._sessions.pop(session_id, None)

    def purge_idle(self) -> int:
        cutoff = time.monotonic() - self.idle_timeout
        with self._lock:
            stale = [sid for sid, s in self._sessions.items() if s.last_seen < cutoff]
            for sid in stale:
                del self._sessions[sid]
        return len(stale)
