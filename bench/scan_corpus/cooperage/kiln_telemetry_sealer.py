"""Seals toasting-kiln temperature readings before they leave the kiln controller."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass
from typing import Iterable, List

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class KilnReading:
    kiln_id: str
    barrel_serial: str
    surface_temp_c: float
    core_temp_c: float
    taken_at: float


class TelemetrySealer:
    """Encrypts readings with a per-site key so the yard network cannot read recipes."""

    def __init__(self, kiln_id: str, site_key: bytes) -> None:
        self.kiln_id = kiln_id
        self._aead = AESGCM(site_key)
        self._nonce = self._nonce_for_kiln(kiln_id)

    @staticmethod
    def _nonce_for_kiln(kiln_id: str) -> bytes:
        return hashlib.sha256(f"kiln:{kiln_id}".encode()).digest()[:12]

    def seal(self, reading: KilnReading) -> bytes:
        plaintext = json.dumps(asdict(reading)).encode("utf-8")
        return self._aead.encrypt(self._nonce, plaintext, self.kiln_id.encode())

    def open(self, frame: bytes) -> KilnReading:
        plaintext = self._aead.decrypt(self._nonce, frame, self.kiln_id.encode())
        return KilnReading(**json.loads(plaintext))


def seal_batch(sealer: TelemetrySealer, rows: Iterable[dict]) -> List[bytes]:
    frames = []
    for row in rows:
        reading = KilnReading(
            kiln_id=sealer.kiln_id,
            barrel_serial=row["serial"],
            surface_temp_c=float(row["surface"]),
            core_temp_c=float(row["core"]),
            taken_at=row.get("ts", time.time()),
        )
        frames.append(sealer.seal(reading))
    return frames
