"""Encodes the payload written to the heat-seal RFID tags attached to each garment."""
from __future__ import annotations

import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class GarmentTag:
    order_id: int
    garment_seq: int
    customer_id: int
    service_code: str  # e.g. "DRY", "LAUN", "PRESS"

    def pack(self) -> bytes:
        return struct.pack(">IHI", self.order_id, self.garment_seq, self.customer_id) + self.service_code.encode(
            "ascii"
        ).ljust(6, b" ")

    @classmethod
    def unpack(cls, raw: bytes) -> "GarmentTag":
        order_id, seq, customer_id = struct.unpack(">IHI", raw[:10])
        return cls(order_id, seq, customer_id, raw[10:16].decode("ascii").strip())


class TagCodec:
    """Shared by the tagging stations and the van handheld readers."""

    block_bits = 128

    def __init__(self, tag_key: bytes) -> None:
        if len(tag_key) not in (16, 32):
            raise ValueError("tag key must be 16 or 32 bytes")
        self._key = tag_key

    def _cipher_mode(self):
        return modes.ECB()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self._cipher_mode())

    def encode(self, tag: GarmentTag) -> bytes:
        padder = padding.PKCS7(self.block_bits).padder()
        data = padder.update(tag.pack()) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(data) + enc.finalize()

    def decode(self, blob: bytes) -> GarmentTag:
        dec = self._cipher().decryptor()
        data = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return GarmentTag.unpack(unpadder.update(data) + unpadder.finalize())


def write_tags(writer, codec: TagCodec, tags: list[GarmentTag]) -> int:
    written = 0
    for tag in tags:
        writer.write_user_memory(codec.encode(tag))
        written += 1
    return written
