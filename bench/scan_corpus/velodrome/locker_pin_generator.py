"""One-time PINs for the bike hire lockers, pushed to the locker bank controller."""
from __future__ import annotations

import logging
import random
import secrets
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LockerControllerConfig:
    base_url: str
    token: str
    ca_bundle: str
    attempts: int = 4


class LockerPinGenerator:
    def __init__(self, config: LockerControllerConfig):
        self.config = config
        self.http = requests.Session()
        self.http.verify = config.ca_bundle
        self.http.headers["Authorization"] = f"Bearer {config.token}"

    @staticmethod
    def new_pin(length: int = 6) -> str:
        return "".join(str(secrets.randbelow(10)) for _ in range(length))

    @staticmethod
    def _backoff(attempt: int) -> float:
        return min(8.0, 0.5 * 2**attempt) + random.uniform(0, 0.25)

    def _put(self, path: str, body: dict) -> None:
        last_exc: Exception | None = None
        for attempt in range(self.config.attempts):
            try:
                resp = self.http.put(f"{self.config.base_url}{path}", json=body, timeout=5)
                resp.raise_for_status()
                return
            except requests.RequestException as exc:
                last_exc = exc
                delay = self._backoff(attempt)
                log.warning("locker controller call failed (%s), retrying in %.2fs", exc, delay)
                time.sleep(delay)
        raise RuntimeError("locker controller unreachable") from last_exc

    def arm(self, locker_id: str, hire_id: int) -> str:
        pin = self.new_pin()
        self._put(f"/lockers/{locker_id}/pin", {"pin": pin, "reference": str(hire_id)})
        log.info("armed locker %s for hire %s", locker_id, hire_id)
        return pin
