"""Encrypts kart telemetry uploads from the onboard data loggers.

Loggers on the race karts record RPM, speed and throttle. At the end of
a session the pit gateway uploads the log to cloud storage, encrypted
with AES-GCM so that customer driving data is not readable at rest.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
HEADER = struct.Struct(">4sHI")
MAGIC = b"KTEL"
VERSION = 1


@dataclass(frozen=True)
class TelemetryKey:
    key_id: int
    key: bytes

    @classmethod
    def from_env(cls) -> "TelemetryKey":
        return cls(
            key_id=int(os.environ["TELEMETRY_KEY_ID"]),
            key=bytes.fromhex(os.environ["TELEMETRY_KEY_HEX"]),
        )


class TelemetrySealer:
    def __init__(self, key: TelemetryKey) -> None:
        self.key = key
        self._aead = AESGCM(key.key)

    def _new_nonce(self) -> bytes:
        return os.urandom(NONCE_LEN)

    def seal(self, kart_number: int, session_id: str, log_bytes: bytes) -> bytes:
        header = HEADER.pack(MAGIC, VERSION, self.key.key_id)
        nonce = self._new_nonce()
        aad = header + f"{kart_number}:{session_id}".encode()
        return header + nonce + self._aead.encrypt(nonce, log_bytes, aad)

    def open(self, kart_number: int, session_id: str, blob: bytes) -> bytes:
        header = blob[: HEADER.size]
        magic, version, key_id = HEADER.unpack(header)
        if magic != MAGIC or version != VERSION or key_id != self.key.key_id:
            raise ValueError("unknown telemetry container")
        nonce = blob[HEADER.size : HEADER.size + NONCE_LEN]
        body = blob[HEADER.size + NONCE_LEN :]
        aad = header + f"{kart_number}:{session_id}".encode()
        return self._aead.decrypt(nonce, body, aad)


def upload_session_log(s3_client, bucket: str, kart_number: int, session_id: str, path: str) -> str:
    sealer = TelemetrySealer(TelemetryKey.from_env())
    with open(path, "rb") as fh:
        blob = sealer.seal(kart_number, session_id, fh.read())
    key = f"telemetry/{session_id}/kart-{kart_number:02d}.ktel"
    s3_client.put_object(Bucket=bucket, Key=key, Body=blob, ServerSideEncryption="aws:kms")
    return key
