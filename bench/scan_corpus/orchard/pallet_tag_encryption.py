"""Encrypted payloads for the NFC tags fixed to cider-apple pallets.

A tag carries the grower, block and pick date. The payload is encrypted so
that only the cooperative's readers at the press house can read it.
"""
import os
import struct
from dataclasses import dataclass
from datetime import date

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class PalletTag:
    pallet_id: int
    grower_id: int
    block_code: str
    picked_on: date
    net_kg: int


class TagCodec:
    VERSION = 2
    NONCE_SIZE = 12
    HEADER = struct.Struct(">BI")

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("tag key must be 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "TagCodec":
        return cls(bytes.fromhex(os.environ["PALLET_TAG_KEY"]))

    @staticmethod
    def _pack(tag: PalletTag) -> bytes:
        block = tag.block_code.encode("ascii")[:8].ljust(8, b" ")
        return struct.pack(">II8sIH", tag.pallet_id, tag.grower_id, block, tag.picked_on.toordinal(), tag.net_kg)

    @staticmethod
    def _unpack(raw: bytes) -> PalletTag:
        pallet_id, grower_id, block, ordinal, net_kg = struct.unpack(">II8sIH", raw)
        return PalletTag(pallet_id, grower_id, block.decode("ascii").strip(), date.fromordinal(ordinal), net_kg)

    def encode(self, tag: PalletTag) -> bytes:
        header = self.HEADER.pack(self.VERSION, tag.pallet_id)
        nonce = os.urandom(self.NONCE_SIZE)
        return header + nonce + self._aead.encrypt(nonce, self._pack(tag), header)

    def decode(self, payload: bytes) -> PalletTag:
        header = payload[: self.HEADER.size]
        version, pallet_id = self.HEADER.unpack(header)
        if version != self.VERSION:
            raise ValueError(f"unknown tag version {version}")
        rest = payload[self.HEADER.size:]
        nonce, ciphertext = rest[: self.NONCE_SIZE], rest[self.NONCE_SIZE:]
        tag = self._unpack(self._aead.decrypt(nonce, ciphertext, header))
        if tag.pallet_id != pallet_id:
            raise ValueError("pallet id mismatch between header and body")
        return tag


if __name__ == "__main__":
    codec = TagCodec.from_env()
    blob = codec.encode(PalletTag(40211, 77, "B12", date(2024, 9, 21), 612))
    print(len(blob), codec.decode(blob))
