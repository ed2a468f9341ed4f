"""Seal outbound webhook payloads for partners that requested encrypted bodies."""
import base64
import json
import os
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class PayloadSealer:
    NONCE = b"whk-nonce-01"
    VERSION = "v1"

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def for_partner(cls, partner_id: str) -> "PayloadSealer":
        env_name = f"WEBHOOK_KEY_{partner_id.upper()}"
        return cls(base64.b64decode(os.environ[env_name]))

    def seal(self, event: dict[str, Any]) -> dict[str, str]:
        body = json.dumps(event, separators=(",", ":"), sort_keys=True).encode("utf-8")
        aad = self.VERSION.encode("ascii")
        ciphertext = self._aead.encrypt(self.NONCE, body, aad)
        return {"v": self.VERSION, "data": base64.b64encode(ciphertext).decode("ascii")}

    def open(self, envelope: dict[str, str]) -> dict[str, Any]:
        if envelope.get("v") != self.VERSION:
            raise ValueError("unsupported envelope version")
        ciphertext = base64.b64decode(envelope["data"])
        body = self._aead.decrypt(self.NONCE, ciphertext, self.VERSION.encode("ascii"))
        return json.loads(body)
