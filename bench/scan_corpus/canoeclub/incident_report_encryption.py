"""Encryption of incident reports filed after capsizes and rescues.

Incident reports can contain injury details, so the report body is
encrypted before it is stored. The key is held by the safety officer's
key service and passed in at start-up.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass
class IncidentReport:
    incident_id: int
    trip_id: int | None
    reported_by: str
    location: str
    summary: str
    injuries: str = ""


class IncidentCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES-GCM key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "IncidentCipher":
        return cls(base64.b64decode(os.environ["INCIDENT_REPORT_KEY"]))

    @staticmethod
    def _aad(incident_id: int) -> bytes:
        return f"incident:{incident_id}".encode("ascii")

    def seal(self, report: IncidentReport) -> str:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(asdict(report)).encode("utf-8")
        ciphertext = self._aead.encrypt(nonce, plaintext, self._aad(report.incident_id))
        return base64.b64encode(nonce + ciphertext).decode("ascii")

    def open(self, incident_id: int, token: str) -> IncidentReport:
        blob = base64.b64decode(token)
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        plaintext = self._aead.decrypt(nonce, ciphertext, self._aad(incident_id))
        return IncidentReport(**json.loads(plaintext))
