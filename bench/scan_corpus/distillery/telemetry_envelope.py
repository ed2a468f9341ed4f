"""Envelope encryption for still telemetry pushed to the cloud historian.

Each message carries its own random nonce; the still id and timestamp are
bound in as associated data so frames can't be replayed against another still.
"""
import json
import os
import struct
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class TelemetryEnvelope:
    KEY_ENV = "TELEMETRY_AEAD_KEY"
    NONCE_SIZE = 12
    HEADER = struct.Struct(">HQ")  # still id, unix millis

    def __init__(self, still_id: int, key: bytes | None = None):
        key = key or bytes.fromhex(os.environ[self.KEY_ENV])
        self._aead = AESGCM(key)
        self.still_id = still_id

    def seal(self, reading: dict) -> bytes:
        header = self.HEADER.pack(self.still_id, int(time.time() * 1000))
        nonce = os.urandom(self.NONCE_SIZE)
        body = json.dumps(reading, separators=(",", ":")).encode()
        return header + nonce + self._aead.encrypt(nonce, body, header)

    def unseal(self, frame: bytes) -> tuple[int, int, dict]:
        hsize = self.HEADER.size
        header = frame[:hsize]
        nonce = frame[hsize : hsize + self.NONCE_SIZE]
        sealed = frame[hsize + self.NONCE_SIZE :]
        still_id, ts_ms = self.HEADER.unpack(header)
        body = self._aead.decrypt(nonce, sealed, header)
        return still_id, ts_ms, json.loads(body)
