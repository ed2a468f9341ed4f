"""Codec for encrypted telemetry frames from the current-generation wellhead RTUs.

Frame layout:  1-byte version | 12-byte nonce | ciphertext+tag
The RTU id is bound into the associated data so a frame cannot be replayed
under a different unit's id.  (The 3DES units were decommissioned in 2021.)
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FRAME_VERSION = 2
FRAME_FMT = ">IfffH"  # epoch seconds, whp bar, wht degC, flow t/h, status bits


@dataclass(frozen=True)
class TelemetryFrame:
    rtu_id: int
    ts: int
    wellhead_pressure: float
    wellhead_temp: float
    mass_flow: float
    status: int


def _cipher(site: str) -> ChaCha20Poly1305:
    return ChaCha20Poly1305(bytes.fromhex(os.environ[f"RTU_AEAD_KEY_{site.upper()}"]))


def decode_frame(site: str, rtu_id: int, raw: bytes) -> TelemetryFrame:
    if raw[0] != FRAME_VERSION:
        raise ValueError(f"unsupported frame version {raw[0]}")
    nonce, body = raw[1:13], raw[13:]
    plain = _cipher(site).decrypt(nonce, body, struct.pack(">BH", FRAME_VERSION, rtu_id))
    return TelemetryFrame(rtu_id, *struct.unpack(FRAME_FMT, plain))


def encode_frame(site: str, frame: TelemetryFrame) -> bytes:
    """Used by the RTU simulator in the commissioning rig."""
    nonce = os.urandom(12)
    plain = struct.pack(
        FRAME_FMT, frame.ts, frame.wellhead_pressure, frame.wellhead_temp, frame.mass_flow, frame.status
    )
    aad = struct.pack(">BH", FRAME_VERSION, frame.rtu_id)
    return bytes([FRAME_VERSION]) + nonce + _cipher(site).encrypt(nonce, plain, aad)
