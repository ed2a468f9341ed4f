"""Encoding of the balance block written to MIFARE wristbands at top-up kiosks.

The chip stores a 16-byte block with the guest's cashless balance and a
sequence counter; turnstiles and food stalls read it offline.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CHIP_PROFILE = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_size": 16,
    "key_env": "WRISTBAND_BLOCK_KEY",
}


@dataclass
class BalanceBlock:
    wristband_uid: int
    balance_cents: int
    sequence: int

    def pack(self) -> bytes:
        return struct.pack(">QIi", self.wristband_uid, self.balance_cents, self.sequence)

    @classmethod
    def unpack(cls, raw: bytes) -> "BalanceBlock":
        uid, balance, seq = struct.unpack(">QIi", raw)
        return cls(uid, balance, seq)


def _load_key(profile: dict) -> bytes:
    key = bytes.fromhex(os.environ[profile["key_env"]])
    if len(key) not in (16, 32):
        raise ValueError("wristband block key must be 128 or 256 bits")
    return key


def _cipher(profile: dict = CHIP_PROFILE) -> Cipher:
    return Cipher(profile["algorithm"](_load_key(profile)), profile["mode"]())


class ChipCodec:
    def __init__(self, profile: dict = CHIP_PROFILE) -> None:
        self.profile = profile

    def seal(self, block: BalanceBlock) -> bytes:
        enc = _cipher(self.profile).encryptor()
        return enc.update(block.pack()) + enc.finalize()

    def open(self, raw: bytes) -> BalanceBlock:
        if len(raw) != self.profile["block_size"]:
            raise ValueError("unexpected block length")
        dec = _cipher(self.profile).decryptor()
        return BalanceBlock.unpack(dec.update(raw) + dec.finalize())
