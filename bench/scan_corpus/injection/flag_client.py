"""Client for the internal feature-flag service."""
import json
import threading
import time

import requests


class FlagClient:
    def __init__(self, base_url: str, ttl: float = 60.0, session: requests.Session | None = None):
        self.base_url = base_url.rstrip("/")
        self.ttl = ttl
        self.session = session or requests.Session()
        self._flags: dict = {}
        self._fetched_at = 0.0
        self._lock = threading.Lock()

    def refresh(self) -> None:
        resp = self.session.get(f"{self.base_url}/v1/flags", timeout=5)
        resp.raise_for_status()
        flags = json.loads(resp.text)
        if not isinstance(flags, dict):
            raise ValueError("flag payload must be an object")
        with self._lock:
            self._flags = flags
            self._fetched_at = time.monotonic()

    def is_enabled(self, name: str, default: bool = False) -> bool:
        if time.monotonic() - self._fetched_at > self.ttl:
            try:
                self.refresh()
            except (requests.RequestException, ValueError):
                pass
        with self._lock:
            return bool(self._flags.get(name, default))
