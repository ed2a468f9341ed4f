"""Seals dock telemetry batches before they are queued for the analytics pipeline."""

import base64
import json
import os
from dataclasses import dataclass

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

SEAL_SETTINGS = {
    "key_env": "TELEMETRY_SEAL_KEY",
    "mode": _AES.MODE_GCM,
    "nonce_bytes": 12,
    "tag_bytes": 16,
}


@dataclass
class SealedBatch:
    station_id: int
    nonce: bytes
    tag: bytes
    ciphertext: bytes

    def to_json(self) -> str:
        return json.dumps({
            "station_id": self.station_id,
            "nonce": base64.b64encode(self.nonce).decode(),
            "tag": base64.b64encode(self.tag).decode(),
            "ciphertext": base64.b64encode(self.ciphertext).decode(),
        })

    @classmethod
    def from_json(cls, raw: str) -> "SealedBatch":
        data = json.loads(raw)
        return cls(
            station_id=int(data["station_id"]),
            nonce=base64.b64decode(data["nonce"]),
            tag=base64.b64decode(data["tag"]),
            ciphertext=base64.b64decode(data["ciphertext"]),
        )


class TelemetrySealer:
    def __init__(self, key: bytes | None = None, settings: dict = SEAL_SETTINGS):
        self._settings = settings
        self._key = key or bytes.fromhex(os.environ[settings["key_env"]])

    def _new_cipher(self, nonce: bytes):
        return _AES.new(self._key, self._settings["mode"], nonce=nonce,
                        mac_len=self._settings["tag_bytes"])

    def seal(self, station_id: int, readings: list[dict]) -> SealedBatch:
        nonce = get_random_bytes(self._settings["nonce_bytes"])
        cipher = self._new_cipher(nonce)
        cipher.update(str(station_id).encode())
        payload = json.dumps(readings, separators=(",", ":")).encode()
        ciphertext, tag = cipher.encrypt_and_digest(payload)
        return SealedBatch(station_id, nonce, tag, ciphertext)

    def open(self, batch: SealedBatch) -> list[dict]:
        cipher = self._new_cipher(batch.nonce)
        cipher.update(str(batch.station_id).encode())
        payload = cipher.decrypt_and_verify(batch.ciphertext, batch.tag)
        return json.loads(payload)
