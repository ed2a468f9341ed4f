"""Encryption for lap passing records sent from trackside decoders.

Decoders push passing records (transponder id, loop id, timestamp) to
the timing server over the venue Wi-Fi. Records are AES-CBC encrypted
with a key shared by the decoder and the server.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

RECORD_FORMAT = ">IHQ"


@dataclass(frozen=True)
class DecoderCryptoConfig:
    key: bytes
    iv: bytes = b"kartdecoder-v2.0"

    def __post_init__(self) -> None:
        if len(self.key) not in (16, 24, 32):
            raise ValueError("decoder key must be an AES key")
        if len(self.iv) != AES.block_size:
            raise ValueError("iv must be one block")


@dataclass(frozen=True)
class PassingRecord:
    transponder_id: int
    loop_id: int
    timestamp_us: int

    def pack(self) -> bytes:
        return struct.pack(RECORD_FORMAT, self.transponder_id, self.loop_id, self.timestamp_us)

    @classmethod
    def unpack(cls, raw: bytes) -> "PassingRecord":
        tid, loop, ts = struct.unpack(RECORD_FORMAT, raw)
        return cls(tid, loop, ts)


class PassingCipher:
    def __init__(self, config: DecoderCryptoConfig) -> None:
        self.config = config

    def encrypt(self, record: PassingRecord) -> bytes:
        cipher = AES.new(self.config.key, AES.MODE_CBC, iv=self.config.iv)
        return cipher.encrypt(pad(record.pack(), AES.block_size))

    def decrypt(self, blob: bytes) -> PassingRecord:
        cipher = AES.new(self.config.key, AES.MODE_CBC, iv=self.config.iv)
        return PassingRecord.unpack(unpad(cipher.decrypt(blob), AES.block_size))


def encrypt_batch(cipher: PassingCipher, records: list[PassingRecord]) -> list[bytes]:
    return [cipher.encrypt(r) for r in records]


def decrypt_batch(cipher: PassingCipher, blobs: list[bytes]) -> list[PassingRecord]:
    out = []
    for blob in blobs:
        try:
            out.append(cipher.decrypt(blob))
        except (ValueError, struct.error):
            continue
    return out
