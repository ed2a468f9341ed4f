"""Credit record channel for FM-400 series franking meters.

The meter and the postage credit service share a 256-bit key provisioned at
registration.  Credit records are authenticated-encrypted; the meter serial
and sequence number are bound in as associated data.
"""
from __future__ import annotations

import logging
import os
import struct
from dataclasses import dataclass
from decimal import Decimal

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305 as _MeterAEAD

log = logging.getLogger(__name__)

NONCE_BYTES = 12
HEADER_FMT = ">II"  # meter serial, sequence number


@dataclass
class CreditRecord:
    meter_serial: int
    sequence: int
    credit: Decimal


class MeterChannel:
    def __init__(self, meter_key: bytes):
        self._aead = _MeterAEAD(meter_key)

    def encrypt_record(self, record: CreditRecord) -> bytes:
        header = struct.pack(HEADER_FMT, record.meter_serial, record.sequence)
        nonce = os.urandom(NONCE_BYTES)
        body = struct.pack(">q", int(record.credit * 100))
        return header + nonce + self._aead.encrypt(nonce, body, header)

    def decrypt_record(self, blob: bytes) -> CreditRecord:
        hdr_len = struct.calcsize(HEADER_FMT)
        header, nonce, ct = blob[:hdr_len], blob[hdr_len:hdr_len + NONCE_BYTES], blob[hdr_len + NONCE_BYTES:]
        serial, seq = struct.unpack(HEADER_FMT, header)
        (cents,) = struct.unpack(">q", self._aead.decrypt(nonce, ct, header))
        return CreditRecord(serial, seq, Decimal(cents) / 100)


def apply_top_up(channel: MeterChannel, blob: bytes, amount: Decimal) -> bytes:
    if amount <= 0:
        raise ValueError("top-up amount must be positive")
    current = channel.decrypt_record(blob)
    updated = CreditRecord(current.meter_serial, current.sequence + 1, current.credit + amount)
    log.info("meter %s topped up by %s (seq %d)", current.meter_serial, amount, updated.sequence)
    return channel.encrypt_record(updated)
