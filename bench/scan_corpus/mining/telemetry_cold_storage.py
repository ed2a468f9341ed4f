"""Packs conveyor drive telemetry into encrypted blocks for cold storage.

Each block holds up to BLOCK_SAMPLES readings serialised as little-endian
records. Blocks are compressed, sealed with AES-GCM and written under
<archive_root>/<site>/<yyyy>/<mm>/<dd>/.
"""
from __future__ import annotations

import base64
import os
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

BLOCK_SAMPLES = 4096
NONCE_BYTES = 12
RECORD = struct.Struct("<dIff")  # timestamp, sensor id, vibration mm/s, temperature C
FORMAT_TAG = b"tlm-block-v2"


@dataclass(frozen=True)
class Reading:
    ts: float
    sensor_id: int
    vibration: float
    temperature: float


def pack_readings(readings: list[Reading]) -> bytes:
    return b"".join(RECORD.pack(r.ts, r.sensor_id, r.vibration, r.temperature) for r in readings)


def unpack_readings(raw: bytes) -> list[Reading]:
    return [Reading(*fields) for fields in RECORD.iter_unpack(raw)]


class ColdStorageWriter:
    def __init__(self, archive_root: Path, site: str, key: bytes | None = None) -> None:
        self._root = archive_root
        self._site = site
        self._aead = AESGCM(key or base64.b64decode(os.environ["TELEMETRY_BLOCK_KEY"]))

    def _target(self, when: datetime, seq: int) -> Path:
        day_dir = self._root / self._site / when.strftime("%Y/%m/%d")
        day_dir.mkdir(parents=True, exist_ok=True)
        return day_dir / f"{when:%H%M%S}-{seq:05d}.blk"

    def seal(self, readings: list[Reading]) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        body = zlib.compress(pack_readings(readings), 6)
        return nonce + self._aead.encrypt(nonce, body, FORMAT_TAG)

    def open(self, blob: bytes) -> list[Reading]:
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return unpack_readings(zlib.decompress(self._aead.decrypt(nonce, ciphertext, FORMAT_TAG)))

    def write(self, readings: list[Reading]) -> list[Path]:
        written = []
        now = datetime.now(timezone.utc)
        for seq, start in enumerate(range(0, len(readings), BLOCK_SAMPLES)):
            path = self._target(now, seq)
            path.write_bytes(self.seal(readings[start:start + BLOCK_SAMPLES]))
            written.append(path)
        return written
