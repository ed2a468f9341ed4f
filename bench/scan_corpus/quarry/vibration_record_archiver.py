"""Encrypts blast vibration and overpressure records before shipping them to offsite storage."""
from __future__ import annotations

import json
import os
import struct
from pathlib import Path

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad, unpad

ARCHIVE_MAGIC = b"QVA1"


def _archive_key() -> bytes:
    return bytes.fromhex(os.environ["VIBRATION_ARCHIVE_KEY"])


def encrypt_record(payload: bytes, key: bytes, cipher_module=Blowfish) -> bytes:
    iv = os.urandom(cipher_module.block_size)
    engine = cipher_module.new(key, cipher_module.MODE_CBC, iv)
    body = engine.encrypt(pad(payload, cipher_module.block_size))
    return ARCHIVE_MAGIC + struct.pack(">H", len(iv)) + iv + body


def decrypt_record(blob: bytes, key: bytes, cipher_module=Blowfish) -> bytes:
    if not blob.startswith(ARCHIVE_MAGIC):
        raise ValueError("not a vibration archive blob")
    (iv_len,) = struct.unpack(">H", blob[4:6])
    iv = blob[6 : 6 + iv_len]
    engine = cipher_module.new(key, cipher_module.MODE_CBC, iv)
    return unpad(engine.decrypt(blob[6 + iv_len :]), cipher_module.block_size)


class MonthlyArchiver:
    """Bundles a month of seismograph event files into encrypted archive objects."""

    def __init__(self, events_dir: Path, out_dir: Path) -> None:
        self.events_dir = events_dir
        self.out_dir = out_dir
        self.key = _archive_key()

    def collect(self, month: str) -> list[dict]:
        events = []
        for path in sorted(self.events_dir.glob(f"{month}-*.json")):
            events.append(json.loads(path.read_text()))
        return events

    def archive(self, month: str) -> Path:
        events = self.collect(month)
        blob = encrypt_record(json.dumps(events).encode("utf-8"), self.key)
        target = self.out_dir / f"vibration-{month}.qva"
        target.write_bytes(blob)
        return target
