"""Encryption of machine telemetry frames before they leave the plant.

Braiding and twisting machines push counters (line speed, strand tension,
motor temperature) to an edge gateway that forwards them to the cloud
historian.  Frames are encrypted with a per-site AES key.
"""
import json
import struct
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FRAME_VERSION = 2
HEADER = struct.Struct(">BI")


@dataclass
class TelemetryFrame:
    machine_id: str
    line_speed_m_min: float
    strand_tension_n: float
    motor_temp_c: float
    ts: float


class FrameCipher:
    def __init__(self, site_key: bytes) -> None:
        if len(site_key) not in (16, 32):
            raise ValueError("site key must be 128 or 256 bits")
        self._key = site_key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, frame: TelemetryFrame) -> bytes:
        body = json.dumps(asdict(frame), separators=(",", ":")).encode()
        padder = padding.PKCS7(128).padder()
        padded = padder.update(body) + padder.finalize()
        enc = self._cipher().encryptor()
        return HEADER.pack(FRAME_VERSION, len(body)) + enc.update(padded) + enc.finalize()

    def open(self, blob: bytes) -> TelemetryFrame:
        version, length = HEADER.unpack(blob[: HEADER.size])
        if version != FRAME_VERSION:
            raise ValueError(f"unsupported frame version {version}")
        dec = self._cipher().decryptor()
        padded = dec.update(blob[HEADER.size:]) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        body = unpadder.update(padded) + unpadder.finalize()
        return TelemetryFrame(**json.loads(body[:length]))


def sample_frame(machine_id: str) -> TelemetryFrame:
    return TelemetryFrame(
        machine_id=machine_id,
        line_speed_m_min=42.5,
        strand_tension_n=1180.0,
        motor_temp_c=61.2,
        ts=time.time(),
    )
