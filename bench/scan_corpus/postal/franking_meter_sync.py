"""Synchronisation of postage credit with franking meters.

Franking meters at business customers top up their postage credit through
this service.  The FM-200 series encrypts the credit record with a per-meter
key that is provisioned when the meter is registered at the depot.
"""
from __future__ import annotations

import logging
import os
import struct
from dataclasses import dataclass
from decimal import Decimal

from Crypto.Cipher import Blowfish as _MeterCipher
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

RECORD_FMT = ">IIq"  # meter serial, sequence number, credit in cents
BLOCK = 8


@dataclass
class CreditRecord:
    meter_serial: int
    sequence: int
    credit: Decimal

    def pack(self) -> bytes:
        cents = int(self.credit * 100)
        return struct.pack(RECORD_FMT, self.meter_serial, self.sequence, cents)

    @classmethod
    def unpack(cls, raw: bytes) -> "CreditRecord":
        serial, seq, cents = struct.unpack(RECORD_FMT, raw)
        return cls(serial, seq, Decimal(cents) / 100)


class MeterChannel:
    def __init__(self, meter_key: bytes):
        self._key = meter_key

    def encrypt_record(self, record: CreditRecord) -> bytes:
        iv = os.urandom(BLOCK)
        cipher = _MeterCipher.new(self._key, _MeterCipher.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(record.pack(), BLOCK))

    def decrypt_record(self, blob: bytes) -> CreditRecord:
        iv, body = blob[:BLOCK], blob[BLOCK:]
        cipher = _MeterCipher.new(self._key, _MeterCipher.MODE_CBC, iv)
        return CreditRecord.unpack(unpad(cipher.decrypt(body), BLOCK))


def apply_top_up(channel: MeterChannel, blob: bytes, amount: Decimal) -> bytes:
    if amount <= 0:
        raise ValueError("top-up amount must be positive")
    current = channel.decrypt_record(blob)
    updated = CreditRecord(current.meter_serial, current.sequence + 1, current.credit + amount)
    log.info("meter %s topped up by %s (seq %d)", current.meter_serial, amount, updated.sequence)
    return channel.encrypt_record(updated)
