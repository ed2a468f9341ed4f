"""Envelope encryption for dialysis machine telemetry frames.

Each haemodialysis machine pushes a frame every few seconds (blood flow,
venous pressure, conductivity, UF rate). Frames are encrypted at the
clinic gateway before they are queued for the central telemetry store.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, asdict
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class TelemetryFrame:
    machine_serial: str
    clinic_id: str
    captured_at: str
    blood_flow_ml_min: int
    venous_pressure_mmhg: int
    conductivity_ms_cm: float
    uf_rate_ml_h: int


@dataclass(frozen=True)
class ChannelProfile:
    key_id: str
    key: bytes
    nonce_len: int = 12
    context: bytes = b"telemetry/v2"


class FrameSealer:
    """Seals telemetry frames with AES-GCM under the clinic channel key."""

    def __init__(self, profile: ChannelProfile) -> None:
        self._profile = profile
        self._aead = AESGCM(profile.key)

    def _nonce_for(self, machine_serial: str) -> bytes:
        material = self._profile.context + machine_serial.encode()
        return hashlib.sha256(material).digest()[: self._profile.nonce_len]

    def seal(self, frame: TelemetryFrame) -> dict[str, Any]:
        body = json.dumps(asdict(frame), separators=(",", ":")).encode()
        nonce = self._nonce_for(frame.machine_serial)
        ciphertext = self._aead.encrypt(nonce, body, self._profile.key_id.encode())
        return {
            "kid": self._profile.key_id,
            "serial": frame.machine_serial,
            "nonce": nonce.hex(),
            "ct": ciphertext.hex(),
        }

    def open(self, envelope: dict[str, Any]) -> TelemetryFrame:
        plaintext = self._aead.decrypt(
            bytes.fromhex(envelope["nonce"]),
            bytes.fromhex(envelope["ct"]),
            envelope["kid"].encode(),
        )
        return TelemetryFrame(**json.loads(plaintext))
