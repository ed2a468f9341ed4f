"""Encrypts nightly waiver archive exports before they leave the site server."""
from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import Any, Mapping

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ARCHIVE_CIPHER: Mapping[str, Any] = {
    "algorithm": algorithms.AES,
    "mode": modes.GCM,
    "iv_len": 12,
    "tag_len": 16,
    "magic": b"JZWA",
}


class WaiverArchiveEncryptor:
    def __init__(self, key: bytes, spec: Mapping[str, Any] = ARCHIVE_CIPHER) -> None:
        if len(key) != 32:
            raise ValueError("archive key must be 32 bytes")
        self._key = key
        self._spec = spec

    def encrypt_file(self, src: Path, dst: Path, site_code: str) -> None:
        iv = os.urandom(self._spec["iv_len"])
        enc = Cipher(self._spec["algorithm"](self._key), self._spec["mode"](iv)).encryptor()
        enc.authenticate_additional_data(site_code.encode())
        with src.open("rb") as fin, dst.open("wb") as fout:
            fout.write(self._spec["magic"] + struct.pack(">B", len(iv)) + iv)
            for chunk in iter(lambda: fin.read(1 << 20), b""):
                fout.write(enc.update(chunk))
            fout.write(enc.finalize())
            fout.write(enc.tag)

    def decrypt_file(self, src: Path, dst: Path, site_code: str) -> None:
        data = src.read_bytes()
        magic_len = len(self._spec["magic"])
        if data[:magic_len] != self._spec["magic"]:
            raise ValueError("not a waiver archive")
        iv_len = data[magic_len]
        iv = data[magic_len + 1 : magic_len + 1 + iv_len]
        tag = data[-self._spec["tag_len"] :]
        body = data[magic_len + 1 + iv_len : -self._spec["tag_len"]]
        dec = Cipher(self._spec["algorithm"](self._key), self._spec["mode"](iv, tag)).decryptor()
        dec.authenticate_additional_data(site_code.encode())
        dst.write_bytes(dec.update(body) + dec.finalize())
