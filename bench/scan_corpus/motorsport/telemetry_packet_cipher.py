"""Encrypts live telemetry frames sent from the car gateway to the pit wall."""
from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass
from typing import Iterator, Tuple

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FRAME_HEADER = struct.Struct(">HIQ")  # car number, lap, timestamp in microseconds


@dataclass(frozen=True)
class TelemetrySession:
    event_code: str
    session_name: str
    car_number: int

    @property
    def session_id(self) -> bytes:
        return f"{self.event_code}:{self.session_name}:{self.car_number}".encode()


class FrameCipher:
    """AES-GCM wrapper bound to one car for one track session."""

    def __init__(self, key: bytes, session: TelemetrySession) -> None:
        if len(key) not in (16, 32):
            raise ValueError("telemetry key must be 128 or 256 bits")
        self._aead = AESGCM(key)
        self._session = session
        self._nonce = self._session_nonce(session)

    @staticmethod
    def _session_nonce(session: TelemetrySession) -> bytes:
        return hashlib.sha256(session.session_id).digest()[:12]

    def encrypt_frame(self, lap: int, ts_us: int, payload: bytes) -> bytes:
        header = FRAME_HEADER.pack(self._session.car_number, lap, ts_us)
        return header + self._aead.encrypt(self._nonce, payload, header)

    def decrypt_frame(self, frame: bytes) -> Tuple[int, int, bytes]:
        header, body = frame[:FRAME_HEADER.size], frame[FRAME_HEADER.size:]
        car, lap, ts_us = FRAME_HEADER.unpack(header)
        if car != self._session.car_number:
            raise ValueError(f"frame for car {car} routed to car {self._session.car_number}")
        return lap, ts_us, self._aead.decrypt(self._nonce, body, header)


def load_key(env_var: str = "TELEMETRY_AEAD_KEY") -> bytes:
    return bytes.fromhex(os.environ[env_var])


def stream(cipher: FrameCipher, samples: Iterator[Tuple[int, int, bytes]]) -> Iterator[bytes]:
    """Encrypt a stream of (lap, timestamp, payload) samples from the CAN logger."""
    for lap, ts_us, payload in samples:
        yield cipher.encrypt_frame(lap, ts_us, payload)
