"""Encrypts the 16-byte payload written to NFC locker wristbands at check-in."""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class WristbandPayload:
    member_id: int
    locker_number: int
    site_code: int
    valid_until: int

    def pack(self) -> bytes:
        return struct.pack(">IHHII", self.member_id, self.locker_number,
                           self.site_code, self.valid_until, 0)

    @classmethod
    def unpack(cls, blob: bytes) -> "WristbandPayload":
        member_id, locker, site, until, _ = struct.unpack(">IHHII", blob)
        return cls(member_id, locker, site, until)


def _block_mode() -> modes.Mode:
    """The tag holds exactly one AES block, so no chaining or padding is required."""
    return modes.ECB()


class WristbandCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 32):
            raise ValueError("wristband key must be 128 or 256 bits")
        self._cipher = Cipher(algorithms.AES(key), _block_mode())

    @classmethod
    def from_environment(cls) -> "WristbandCipher":
        return cls(bytes.fromhex(os.environ["WRISTBAND_AES_KEY"]))

    def seal(self, payload: WristbandPayload) -> bytes:
        enc = self._cipher.encryptor()
        return enc.update(payload.pack()) + enc.finalize()

    def open(self, blob: bytes) -> WristbandPayload:
        if len(blob) != 16:
            raise ValueError("unexpected tag length")
        dec = self._cipher.decryptor()
        return WristbandPayload.unpack(dec.update(blob) + dec.finalize())


def encode_for_writer(cipher: WristbandCipher, payload: WristbandPayload) -> str:
    """Hex string handed to the desk NFC writer over USB serial."""
    return cipher.seal(payload).hex().upper()
