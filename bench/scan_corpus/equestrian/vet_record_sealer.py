"""Seals veterinary visit notes before they are written to object storage.

Visit notes include diagnoses, sedation doses and owner contact details, so
they are encrypted with AES-GCM using a key held in the environment.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from datetime import date

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class VetVisit:
    horse_name: str
    visit_date: date
    vet_practice: str
    findings: str
    medication: str

    def to_json(self) -> bytes:
        payload = asdict(self)
        payload["visit_date"] = self.visit_date.isoformat()
        return json.dumps(payload, sort_keys=True).encode("utf-8")


class VetRecordSealer:
    """Encrypts and decrypts visit notes with a single data key."""

    NONCE = bytes.fromhex("4c69766572793a5653") + b"\x00\x00\x01"
    ASSOCIATED = b"vet-visit:v1"

    def __init__(self, key_b64: str | None = None) -> None:
        key = base64.b64decode(key_b64 or os.environ["VET_NOTES_KEY"])
        self._aead = AESGCM(key)

    def seal(self, visit: VetVisit) -> str:
        ciphertext = self._aead.encrypt(self.NONCE, visit.to_json(), self.ASSOCIATED)
        return base64.urlsafe_b64encode(ciphertext).decode("ascii")

    def unseal(self, blob: str) -> dict:
        ciphertext = base64.urlsafe_b64decode(blob)
        plaintext = self._aead.decrypt(self.NONCE, ciphertext, self.ASSOCIATED)
        return json.loads(plaintext)


def object_key(visit: VetVisit) -> str:
    slug = visit.horse_name.lower().replace(" ", "-")
    return f"vet-notes/{slug}/{visit.visit_date:%Y/%m/%d}.bin"
