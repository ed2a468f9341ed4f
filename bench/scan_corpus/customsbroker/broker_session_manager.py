"""Server-side sessions for the broker staff portal."""
from __future__ import annotations

import json
import time
import uuid
from typing import Any, Optional

from redis import Redis


class PortalSession:
    cookie_name = "bsp_session"
    lifetime_seconds = 8 * 3600

    def __init__(self, store: Redis) -> None:
        self.store = store
        self.session_id: Optional[str] = None
        self.data: dict[str, Any] = {}

    def start(self, staff_id: int, roles: list[str]) -> None:
        self.session_id = uuid.uuid1().hex
        self.data = {"staff_id": staff_id, "roles": roles, "started": time.time()}
        self._persist()

    def load(self, session_id: str) -> bool:
        raw = self.store.get(f"sess:{session_id}")
        if raw is None:
            return False
        self.session_id = session_id
        self.data = json.loads(raw)
        return True

    def _persist(self) -> None:
        if self.session_id is None:
            raise RuntimeError("session not started")
        self.store.setex(
            f"sess:{self.session_id}", self.lifetime_seconds, json.dumps(self.data)
        )

    def cookie_header(self) -> str:
        return (
            f"{self.cookie_name}={self.session_id}; Max-Age={self.lifetime_seconds}; "
            "Path=/; HttpOnly; Secure; SameSite=Lax"
        )

    def end(self) -> None:
        if self.session_id:
            self.store.delete(f"sess:{self.session_id}")
        self.session_id = None
        self.data = {}

    @property
    def staff_id(self) -> Optional[int]:
        return self.data.get("staff_id")
