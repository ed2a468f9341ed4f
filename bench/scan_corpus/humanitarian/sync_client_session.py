"""Device-side sync session handling for the collection app's Python core.

Tags each upload with an idempotency key and retries with jittered backoff
so hundreds of tablets coming back into coverage at once don't hit the
server in lock-step.
"""
import random
import secrets
import time
from dataclasses import dataclass, field

import requests

MAX_ATTEMPTS = 6
BASE_DELAY = 2.0
MAX_DELAY = 120.0


@dataclass
class SyncSession:
    server_url: str
    device_id: str
    access_token: str
    http: requests.Session = field(default_factory=requests.Session)

    def headers(self, batch_key: str) -> dict:
        return {
            "X-Device-Id": self.device_id,
            "Idempotency-Key": batch_key,
            "Authorization": f"Bearer {self.access_token}",
        }


def backoff_delay(attempt: int) -> float:
    cap = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, cap)


def upload(session: SyncSession, batch: dict) -> dict:
    batch_key = secrets.token_hex(16)
    last_exc: Exception | None = None
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = session.http.post(
                f"{session.server_url.rstrip('/')}/api/v1/sync",
                json=batch,
                headers=session.headers(batch_key),
                timeout=30,
            )
            if resp.status_code < 500:
                resp.raise_for_status()
                return resp.json()
        except (requests.ConnectionError, requests.Timeout) as exc:
            last_exc = exc
        time.sleep(backoff_delay(attempt))
    raise RuntimeError("sync failed after retries") from last_exc
