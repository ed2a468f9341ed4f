"""Payload encryption for the warehouse handheld barcode scanners.

Scanners push pick confirmations and stock counts to the sync service over the
warehouse Wi-Fi. Frames are encrypted with a per-device key provisioned at
enrolment.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad, unpad


@dataclass
class ScanEvent:
    device_id: str
    sku: str
    location: str
    quantity: int
    kind: str = "pick"


class ScannerLinkCipher:
    cipher_module = Blowfish
    key_bytes = 16

    def __init__(self, device_key: bytes) -> None:
        if len(device_key) != self.key_bytes:
            raise ValueError("device key has the wrong length")
        self._key = device_key

    def _new(self, iv: bytes):
        return self.cipher_module.new(self._key, self.cipher_module.MODE_CBC, iv=iv)

    def encrypt_frame(self, body: dict[str, Any]) -> bytes:
        iv = os.urandom(self.cipher_module.block_size)
        raw = pad(json.dumps(body).encode(), self.cipher_module.block_size)
        return iv + self._new(iv).encrypt(raw)

    def decrypt_frame(self, frame: bytes) -> dict[str, Any]:
        bs = self.cipher_module.block_size
        iv, body = frame[:bs], frame[bs:]
        return json.loads(unpad(self._new(iv).decrypt(body), bs))


def encode_events(cipher: ScannerLinkCipher, events: list[ScanEvent]) -> list[bytes]:
    return [cipher.encrypt_frame(vars(e)) for e in events]


def decode_events(cipher: ScannerLinkCipher, frames: list[bytes]) -> list[ScanEvent]:
    return [ScanEvent(**cipher.decrypt_frame(f)) for f in frames]
