"""HTTP client that pushes dispatch notes for sold lots to tannery systems."""
import logging
import random
import time

import requests

from fellmonger.settings import DISPATCH_SETTINGS

log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 502, 503, 504}


class DispatchError(RuntimeError):
    pass


class TanneryDispatchClient:
    def __init__(self, base_url: str, api_token: str, settings: dict = DISPATCH_SETTINGS):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"
        self.max_attempts = settings.get("max_attempts", 5)
        self.base_delay = settings.get("base_delay", 0.5)
        self.max_delay = settings.get("max_delay", 20.0)

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)

    def send_dispatch_note(self, lot_number: str, note: dict) -> dict:
        url = f"{self.base_url}/dispatch/{lot_number}"
        for attempt in range(self.max_attempts):
            try:
                resp = self.session.post(url, json=note, timeout=15)
            except requests.ConnectionError as exc:
                log.warning("dispatch %s connection error: %s", lot_number, exc)
            else:
                if resp.status_code not in RETRYABLE_STATUS:
                    resp.raise_for_status()
                    return resp.json()
                log.warning("dispatch %s got %s", lot_number, resp.status_code)
            delay = self._backoff(attempt)
            log.info("retrying dispatch %s in %.1fs", lot_number, delay)
            time.sleep(delay)
        raise DispatchError(f"dispatch note for lot {lot_number} not accepted")
