"""Pushes closed onboard folios to the head-office revenue system.

Folios are wrapped in an authenticated envelope before leaving the ship
because the satellite link is terminated by a third-party provider.
"""

from __future__ import annotations

import base64
import json
import logging
import os

import httpx
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

log = logging.getLogger("revenue.transfer")

TRANSFER_SETTINGS = {
    "endpoint_env": "REVENUE_IMPORT_URL",
    "key_env": "REVENUE_FOLIO_KEY",
    "timeout": 20.0,
}


class FolioTransfer:
    def __init__(self, endpoint: str, key: bytes, vessel_code: str):
        self._endpoint = endpoint.rstrip("/")
        self._aead = ChaCha20Poly1305(key)
        self._vessel = vessel_code
        self._client = httpx.Client(timeout=TRANSFER_SETTINGS["timeout"])

    @classmethod
    def from_env(cls, vessel_code: str) -> "FolioTransfer":
        return cls(
            os.environ[TRANSFER_SETTINGS["endpoint_env"]],
            base64.b64decode(os.environ[TRANSFER_SETTINGS["key_env"]]),
            vessel_code,
        )

    def _envelope(self, folio: dict) -> dict:
        nonce = os.urandom(12)
        aad = f"{self._vessel}:{folio['folio_id']}".encode()
        sealed = self._aead.encrypt(nonce, json.dumps(folio).encode("utf-8"), aad)
        return {
            "vessel": self._vessel,
            "folio_id": folio["folio_id"],
            "nonce": base64.b64encode(nonce).decode(),
            "data": base64.b64encode(sealed).decode(),
        }

    def send(self, folio: dict) -> None:
        resp = self._client.post(f"{self._endpoint}/folios", json=self._envelope(folio))
        resp.raise_for_status()
        log.info("folio %s sent from %s", folio["folio_id"], self._vessel)

    def close(self) -> None:
        self._client.close()
