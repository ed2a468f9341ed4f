"""Authenticated encryption for conveyor telemetry batches sent to the cloud historian."""
from __future__ import annotations

import json
import os
import struct
from typing import Any, Dict, List

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

TAG_LEN = 16
IV_LEN = 12


class HistorianBatchCipher:
    def __init__(self, key: bytes, site_id: str = "HRS-SHAFT2") -> None:
        if len(key) != 32:
            raise ValueError("historian key must be 256 bits")
        self._key = key
        self._aad = site_id.encode()

    def _mode(self, iv: bytes, tag: bytes | None = None) -> modes.Mode:
        return modes.GCM(iv, tag) if tag else modes.GCM(iv)

    def encrypt(self, batch: List[Dict[str, Any]]) -> bytes:
        iv = os.urandom(IV_LEN)
        enc = Cipher(algorithms.AES(self._key), self._mode(iv)).encryptor()
        enc.authenticate_additional_data(self._aad)
        body = json.dumps(batch, separators=(",", ":")).encode()
        ct = enc.update(body) + enc.finalize()
        return struct.pack(">B", 1) + iv + enc.tag + ct

    def decrypt(self, frame: bytes) -> List[Dict[str, Any]]:
        version = frame[0]
        if version != 1:
            raise ValueError(f"unsupported frame version {version}")
        iv = frame[1:1 + IV_LEN]
        tag = frame[1 + IV_LEN:1 + IV_LEN + TAG_LEN]
        ct = frame[1 + IV_LEN + TAG_LEN:]
        dec = Cipher(algorithms.AES(self._key), self._mode(iv, tag)).decryptor()
        dec.authenticate_additional_data(self._aad)
        return json.loads(dec.update(ct) + dec.finalize())


if __name__ == "__main__":
    cipher = HistorianBatchCipher(os.urandom(32))
    frame = cipher.encrypt([{"cv": "CV-07", "tph": 640.2, "ts": 1730700000}])
    print(cipher.decrypt(frame))
