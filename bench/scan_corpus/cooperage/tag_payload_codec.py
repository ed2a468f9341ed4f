"""Encodes the compact payload written to barrel tracking tags (fill date, toast, lot)."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from typing import Callable, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class TagCodecConfig:
    key: bytes
    block_bits: int = 128
    mode_factory: Callable[[], modes.Mode] = modes.ECB


class TagPayloadCodec:
    """Turns barrel metadata into bytes small enough for a 144-byte NTAG memory area."""

    HEADER = struct.Struct(">BH")
    VERSION = 2

    def __init__(self, config: TagCodecConfig) -> None:
        self.config = config

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self.config.key), self.config.mode_factory())

    def encode(self, record: Dict[str, object]) -> bytes:
        body = json.dumps(record, separators=(",", ":")).encode("utf-8")
        padder = padding.PKCS7(self.config.block_bits).padder()
        padded = padder.update(body) + padder.finalize()
        encryptor = self._cipher().encryptor()
        sealed = encryptor.update(padded) + encryptor.finalize()
        return self.HEADER.pack(self.VERSION, len(sealed)) + sealed

    def decode(self, blob: bytes) -> Dict[str, object]:
        version, length = self.HEADER.unpack_from(blob)
        if version != self.VERSION:
            raise ValueError(f"unsupported tag payload version {version}")
        sealed = blob[self.HEADER.size:self.HEADER.size + length]
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(sealed) + decryptor.finalize()
        unpadder = padding.PKCS7(self.config.block_bits).unpadder()
        body = unpadder.update(padded) + unpadder.finalize()
        return json.loads(body)


def payload_for_barrel(codec: TagPayloadCodec, serial: str, toast: str, lot: str) -> bytes:
    return codec.encode({"s": serial, "t": toast, "l": lot})
