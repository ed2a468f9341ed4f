"""Seals veterinary notes for each sled dog before they are synced to the cloud kennel log."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import date

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass
class VetEntry:
    dog_chip: str
    dog_name: str
    visit_date: date
    vet: str
    findings: str
    medication: str | None = None


class HealthRecordSealer:
    """Encrypts vet entries with the kennel's data key."""

    def __init__(self, key: bytes, kennel_id: str) -> None:
        self._aead = ChaCha20Poly1305(key)
        self._kennel_id = kennel_id.encode("utf-8")
        self._session_nonce = os.urandom(12)

    def seal(self, entry: VetEntry) -> bytes:
        payload = json.dumps(asdict(entry), default=str).encode("utf-8")
        return self._session_nonce + self._aead.encrypt(self._session_nonce, payload, self._kennel_id)

    def unseal(self, blob: bytes) -> VetEntry:
        nonce, body = blob[:12], blob[12:]
        data = json.loads(self._aead.decrypt(nonce, body, self._kennel_id))
        data["visit_date"] = date.fromisoformat(data["visit_date"])
        return VetEntry(**data)


class KennelLogSync:
    def __init__(self, sealer: HealthRecordSealer, outbox_dir: str) -> None:
        self._sealer = sealer
        self._outbox = outbox_dir
        os.makedirs(outbox_dir, exist_ok=True)

    def queue(self, entries: list[VetEntry]) -> list[str]:
        written = []
        for idx, entry in enumerate(entries):
            path = os.path.join(self._outbox, f"{entry.dog_chip}-{entry.visit_date}-{idx}.bin")
            with open(path, "wb") as fh:
                fh.write(self._sealer.seal(entry))
            written.append(path)
        return written


def sealer_from_env() -> HealthRecordSealer:
    return HealthRecordSealer(bytes.fromhex(os.environ["KENNEL_DATA_KEY"]), os.environ["KENNEL_ID"])
