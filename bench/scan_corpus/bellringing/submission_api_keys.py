"""API keys that let branch software push quarter peals to the guild hub.

Keys are shown to the branch secretary once; the hub stores only a SHA-256
digest of each key, which is enough because the keys are long and random.
"""
from __future__ import annotations

import hashlib
import logging
import random
import secrets
import time
import uuid
from dataclasses import dataclass, field

import requests

log = logging.getLogger("guild.keys")


@dataclass
class BranchApiKey:
    branch: str
    key_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    secret: str = ""

    @classmethod
    def generate(cls, branch: str) -> "BranchApiKey":
        return cls(branch=branch, secret=secrets.token_urlsafe(32))

    @property
    def presented_form(self) -> str:
        return f"gq_{self.key_id}_{self.secret}"

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.secret.encode("ascii")).hexdigest()


class KeyRegistry:
    """Registers new key digests with the hub's admin API."""

    def __init__(self, hub_url: str, admin_token: str, attempts: int = 4) -> None:
        self._hub = hub_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {admin_token}"
        self._attempts = attempts

    def _post_with_retry(self, path: str, body: dict) -> requests.Response:
        for attempt in range(1, self._attempts + 1):
            resp = self._session.post(f"{self._hub}{path}", json=body, timeout=10)
            if resp.status_code < 500:
                return resp
            delay = min(30.0, 2 ** attempt) + random.uniform(0, 1.0)
            log.warning("Hub returned %s, retrying in %.1fs", resp.status_code, delay)
            time.sleep(delay)
        return resp

    def register(self, branch: str) -> BranchApiKey:
        key = BranchApiKey.generate(branch)
        resp = self._post_with_retry(
            "/admin/api-keys",
            {"branch": branch, "key_id": key.key_id, "digest": key.digest},
        )
        resp.raise_for_status()
        log.info("Registered API key %s for branch %s", key.key_id, branch)
        return key
