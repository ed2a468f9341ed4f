"""Issues API keys that suppliers use to push delivery notes to the yard."""
from __future__ import annotations

import hashlib
import logging
import random
import secrets
import time

import psycopg
import requests

log = logging.getLogger(__name__)

KEY_PREFIX = "bby_"


def new_api_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def key_fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode("ascii")).hexdigest()


class SupplierKeyIssuer:
    def __init__(self, conninfo: str, notify_url: str, retries: int = 4) -> None:
        self._conninfo = conninfo
        self.notify_url = notify_url
        self.retries = retries

    def issue(self, supplier_code: str) -> str:
        key = new_api_key()
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO supplier_api_keys (supplier_code, fingerprint, prefix) "
                "VALUES (%s, %s, %s)",
                (supplier_code, key_fingerprint(key), key[:10]),
            )
        self._notify(supplier_code)
        log.info("issued a new API key for supplier %s", supplier_code)
        return key

    def _notify(self, supplier_code: str) -> None:
        payload = {"supplier": supplier_code, "event": "api_key_issued"}
        for attempt in range(self.retries):
            try:
                resp = requests.post(self.notify_url, json=payload, timeout=5)
                resp.raise_for_status()
                return
            except requests.RequestException as exc:
                delay = (2 ** attempt) + random.uniform(0, 1)
                log.warning("notify failed (%s), retrying in %.1fs", exc, delay)
                time.sleep(delay)
        log.error("giving up notifying about key for %s", supplier_code)
