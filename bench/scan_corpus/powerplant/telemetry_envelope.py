"""Authenticated encryption of telemetry frames forwarded from the plant DMZ to the cloud broker."""

import base64
import os
import struct
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
HEADER = struct.Struct(">BQ")  # version, unix ms
VERSION = 1


class TelemetryEnvelope:
    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ["TELEMETRY_AEAD_KEY"])
        self._aead = AESGCM(key)

    def seal(self, frame: bytes) -> bytes:
        header = HEADER.pack(VERSION, int(time.time() * 1000))
        nonce = os.urandom(NONCE_BYTES)
        return header + nonce + self._aead.encrypt(nonce, frame, header)

    def open(self, blob: bytes) -> tuple[int, bytes]:
        header = blob[: HEADER.size]
        version, ts_ms = HEADER.unpack(header)
        if version != VERSION:
            raise ValueError(f"unsupported envelope version {version}")
        nonce = blob[HEADER.size : HEADER.size + NONCE_BYTES]
        ciphertext = blob[HEADER.size + NONCE_BYTES :]
        return ts_ms, self._aead.decrypt(nonce, ciphertext, header)
