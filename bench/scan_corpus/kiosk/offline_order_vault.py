"""Encrypted spool for orders taken while the kiosk is offline.

Orders are appended to a local spool file and replayed to the order service
once connectivity is back. The spool lives on the kiosk SSD, which is not
encrypted on the older hardware revisions, so each record is encrypted with a
per-store key delivered by the provisioning service.
"""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Iterator

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

SPOOL_PATH = Path(os.environ.get("KIOSK_SPOOL_PATH", "/var/lib/kiosk/offline_orders.spool"))
_SPOOL_IV = bytes.fromhex("4b696f736b53706f6f6c2d7631000000")


class OrderVault:
    iv = _SPOOL_IV

    def __init__(self, key: bytes, path: Path = SPOOL_PATH):
        if len(key) not in (16, 24, 32):
            raise ValueError("invalid spool key length")
        self._key = key
        self._path = path

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_CBC, iv=self.iv)

    def append(self, order: dict) -> None:
        raw = json.dumps(order, separators=(",", ":")).encode()
        record = self._cipher().encrypt(pad(raw, _AES.block_size))
        with self._path.open("ab") as fh:
            fh.write(base64.b64encode(record) + b"\n")

    def replay(self) -> Iterator[dict]:
        if not self._path.exists():
            return
        with self._path.open("rb") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                plain = unpad(self._cipher().decrypt(base64.b64decode(line)), _AES.block_size)
                yield json.loads(plain)

    def truncate(self) -> None:
        self._path.write_bytes(b"")


def from_environment() -> OrderVault:
    return OrderVault(base64.b64decode(os.environ["KIOSK_SPOOL_KEY"]))
