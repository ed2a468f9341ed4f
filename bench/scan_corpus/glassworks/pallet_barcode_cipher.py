"""Encrypt pallet traceability payloads printed in the GS1 DataMatrix label.

The label carries the furnace, forming line, production timestamp and QA
lot of every pallet.  Customers scan it and send the blob back with claims;
only the plant can decode it.
"""
from __future__ import annotations

import base64
import os
import struct
from dataclasses import dataclass
from typing import Callable

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, CipherContext, algorithms, modes

RECORD = struct.Struct(">HBBIH6s")


@dataclass
class PalletTrace:
    furnace: int
    line: int
    shift: int
    produced_at: int
    pack_station: int
    qa_lot: str


class TraceCodec:
    block_mode: Callable[[], modes.Mode] = modes.ECB

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or bytes.fromhex(os.environ["PALLET_TRACE_KEY"])
        if len(self._key) not in (16, 32):
            raise ValueError("trace key must be 128 or 256 bits")

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    @staticmethod
    def _run(ctx: CipherContext, data: bytes) -> bytes:
        return ctx.update(data) + ctx.finalize()

    def encode(self, trace: PalletTrace) -> str:
        record = RECORD.pack(
            trace.furnace, trace.line, trace.shift, trace.produced_at,
            trace.pack_station, trace.qa_lot.encode("ascii")[:6],
        )
        padder = padding.PKCS7(128).padder()
        padded = padder.update(record) + padder.finalize()
        blob = self._run(self._cipher().encryptor(), padded)
        return base64.b32encode(blob).decode("ascii").rstrip("=")

    def decode(self, text: str) -> PalletTrace:
        blob = base64.b32decode(text + "=" * (-len(text) % 8))
        padded = self._run(self._cipher().decryptor(), blob)
        unpadder = padding.PKCS7(128).unpadder()
        record = unpadder.update(padded) + unpadder.finalize()
        furnace, line, shift, produced_at, station, lot = RECORD.unpack(record)
        return PalletTrace(furnace, line, shift, produced_at, station, lot.decode("ascii").rstrip("\0"))
