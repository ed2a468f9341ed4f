"""Encrypt nightly settings snapshots before upload (ticket OPS-88)."""
from __future__ import annotations

import os

from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def _key() -> bytes:
    return bytes.fromhex(os.environ["SNAPSHOT_KEY"])


def seal(data: bytes) -> bytes:
    iv = get_random_bytes(_BF.block_size)
    cipher = _BF.new(_key(), _BF.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, _BF.block_size))


def unseal(blob: bytes) -> bytes:
    iv, body = blob[: _BF.block_size], blob[_BF.block_size :]
    cipher = _BF.new(_key(), _BF.MODE_CBC, iv)
    return unpad(cipher.decrypt(body), _BF.block_size)
