"""Codec for the encrypted telemetry frames sent by the older wellhead RTUs.

The Ohaaki-era RTUs (firmware 3.x) wrap each telemetry frame as
    8-byte IV | ciphertext (PKCS#7 padded)
with a shared key provisioned per site.  Frames are decoded here and handed to
the normal ingest path as plain dicts.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad, unpad

FRAME_FMT = ">HIfff"  # rtu id, epoch seconds, whp bar, wht degC, flow t/h


@dataclass(frozen=True)
class TelemetryFrame:
    rtu_id: int
    ts: int
    wellhead_pressure: float
    wellhead_temp: float
    mass_flow: float


def _site_key(site: str) -> bytes:
    return bytes.fromhex(os.environ[f"RTU_KEY_{site.upper()}"])


def decode_frame(site: str, raw: bytes) -> TelemetryFrame:
    iv, body = raw[:8], raw[8:]
    cipher = DES3.new(_site_key(site), DES3.MODE_CBC, iv=iv)
    plain = unpad(cipher.decrypt(body), DES3.block_size)
    return TelemetryFrame(*struct.unpack(FRAME_FMT, plain))


def encode_frame(site: str, frame: TelemetryFrame) -> bytes:
    """Used by the RTU simulator in the commissioning rig."""
    iv = os.urandom(8)
    cipher = DES3.new(_site_key(site), DES3.MODE_CBC, iv=iv)
    plain = struct.pack(
        FRAME_FMT, frame.rtu_id, frame.ts, frame.wellhead_pressure, frame.wellhead_temp, frame.mass_flow
    )
    return iv + cipher.encrypt(pad(plain, DES3.block_size))
