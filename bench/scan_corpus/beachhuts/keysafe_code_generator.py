"""Issues new key safe combinations and pushes them to the vendor's cloud API."""

from __future__ import annotations

import logging
import random
import secrets
import string
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("keysafe.codes")

DIGITS = string.digits


@dataclass
class VendorConfig:
    base_url: str
    token: str
    ca_bundle: str
    max_attempts: int = 4


def new_combination(length: int = 6) -> str:
    while True:
        code = "".join(secrets.choice(DIGITS) for _ in range(length))
        if len(set(code)) > 2 and code not in DIGITS and code not in DIGITS[::-1]:
            return code


class VendorPusher:
    def __init__(self, config: VendorConfig):
        self.config = config
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {config.token}"
        self.session.verify = config.ca_bundle

    def _backoff(self, attempt: int) -> float:
        return min(30.0, 2 ** attempt) + random.uniform(0, 1.5)

    def push(self, device_id: str, code: str) -> bool:
        url = f"{self.config.base_url}/devices/{device_id}/code"
        for attempt in range(self.config.max_attempts):
            try:
                resp = self.session.put(url, json={"code": code}, timeout=10)
            except requests.ConnectionError:
                resp = None
            if resp is not None and resp.status_code == 200:
                return True
            if resp is not None and resp.status_code < 500:
                log.error("vendor rejected new code for device %s: %s", device_id, resp.status_code)
                return False
            delay = self._backoff(attempt)
            log.info("vendor unavailable for device %s, retrying in %.1fs", device_id, delay)
            time.sleep(delay)
        return False


def rotate(device_ids: list[str], pusher: VendorPusher) -> dict[str, str]:
    issued: dict[str, str] = {}
    for device_id in device_ids:
        code = new_combination()
        if pusher.push(device_id, code):
            issued[device_id] = code
    log.info("issued %d of %d key safe combinations", len(issued), len(device_ids))
    return issued
