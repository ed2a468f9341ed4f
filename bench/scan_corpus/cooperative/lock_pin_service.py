"""Issues resident PINs and pushes them to the lock hub API."""
import logging
import random
import secrets
import string
import time
from datetime import datetime

import requests

log = logging.getLogger(__name__)

PIN_LENGTH = 6
MAX_ATTEMPTS = 5


def generate_pin(length: int = PIN_LENGTH) -> str:
    return "".join(secrets.choice(string.digits) for _ in range(length))


def _backoff(attempt: int) -> float:
    # jitter keeps 300 hubs from retrying in lockstep after a broker restart
    return min(30.0, 2 ** attempt) + random.uniform(0, 1)


class PinPusher:
    def __init__(self, base_url: str, api_token: str):
        self.base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_token}"

    def push(self, lock_id: str, pin: str, valid_until: datetime) -> None:
        body = {"pin": pin, "valid_until": valid_until.isoformat()}
        for attempt in range(MAX_ATTEMPTS):
            try:
                resp = self._session.put(
                    f"{self.base_url}/locks/{lock_id}/pins", json=body, timeout=10
                )
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return
            except requests.ConnectionError:
                log.warning("hub API unreachable (attempt %d)", attempt + 1)
            time.sleep(_backoff(attempt))
        raise RuntimeError(f"could not push PIN to lock {lock_id}")
