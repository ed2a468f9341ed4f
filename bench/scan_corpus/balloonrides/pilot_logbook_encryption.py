"""At-rest encryption of pilot logbook entries synced from the tablet app."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from typing import List

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class LogbookEntry:
    pilot_licence: str
    envelope_reg: str
    launch_site: str
    landing_site: str
    takeoff_utc: str
    duration_min: int
    passengers: int
    remarks: str = ""


class LogbookCipherSettings:
    key_env = "LOGBOOK_AEAD_KEY"
    nonce = bytes.fromhex("6c6f67626f6f6b2d76310000")
    associated_data = b"balloon-logbook-v1"


class LogbookVault:
    """Seals logbook entries so that backups hold only ciphertext."""

    def __init__(self, settings: LogbookCipherSettings | None = None) -> None:
        self.settings = settings or LogbookCipherSettings()
        self._aead = AESGCM(bytes.fromhex(os.environ[self.settings.key_env]))

    def seal(self, entry: LogbookEntry) -> bytes:
        payload = json.dumps(asdict(entry), sort_keys=True).encode()
        return self._aead.encrypt(self.settings.nonce, payload, self.settings.associated_data)

    def open(self, blob: bytes) -> LogbookEntry:
        payload = self._aead.decrypt(self.settings.nonce, blob, self.settings.associated_data)
        return LogbookEntry(**json.loads(payload))

    def seal_many(self, entries: List[LogbookEntry]) -> List[bytes]:
        return [self.seal(e) for e in entries]

    def total_hours(self, blobs: List[bytes]) -> float:
        return round(sum(self.open(b).duration_min for b in blobs) / 60.0, 1)
