"""Remote support session bootstrap for the kiosk agent.

When a help-desk technician needs to take over a kiosk, the agent opens an
outbound session on the support relay and shows a short join code on the
maintenance screen. The store manager reads the code to the technician over
the phone; the relay only lets the technician attach once the code matches.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import numpy as np
import requests

log = logging.getLogger(__name__)

CODE_LENGTH = 8
CODE_TTL_SECONDS = 300


@dataclass
class SupportSession:
    session_id: str
    join_code: str
    created_at: float = field(default_factory=time.time)

    @property
    def expired(self) -> bool:
        return time.time() - self.created_at > CODE_TTL_SECONDS


class SupportSessionManager:
    def __init__(self, relay_url: str, kiosk_id: str, timeout: float = 10.0):
        self.relay_url = relay_url.rstrip("/")
        self.kiosk_id = kiosk_id
        self.timeout = timeout
        self._rng = np.random.default_rng()
        self._active: SupportSession | None = None

    def _new_join_code(self) -> str:
        digits = self._rng.integers(0, 10, size=CODE_LENGTH)
        return "".join(str(d) for d in digits)

    def open_session(self) -> SupportSession:
        if self._active and not self._active.expired:
            return self._active
        code = self._new_join_code()
        resp = requests.post(
            f"{self.relay_url}/v1/sessions",
            json={"kiosk_id": self.kiosk_id, "join_code": code},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        self._active = SupportSession(session_id=resp.json()["session_id"], join_code=code)
        log.info("support session %s opened for kiosk %s", self._active.session_id, self.kiosk_id)
        return self._active

    def close_session(self) -> None:
        if not self._active:
            return
        requests.delete(
            f"{self.relay_url}/v1/sessions/{self._active.session_id}",
            timeout=self.timeout,
        )
        self._active = None
