"""Encodes the season-pass record written to the sector data of NFC key cards."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import date

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

RECORD = struct.Struct(">I16sHHB3x")
BLOCK_BITS = 128


@dataclass
class PassRecord:
    pass_no: int
    holder: str
    valid_from: date
    valid_to: date
    zone_mask: int


def _day_index(d: date) -> int:
    return (d - date(2000, 1, 1)).days


def _from_day_index(n: int) -> date:
    return date.fromordinal(date(2000, 1, 1).toordinal() + n)


class CardCodec:
    block_mode = modes.ECB

    def __init__(self, site_key: bytes) -> None:
        self._cipher = Cipher(algorithms.AES(site_key), self.block_mode())

    def encode(self, rec: PassRecord) -> bytes:
        raw = RECORD.pack(
            rec.pass_no,
            rec.holder.encode("utf-8")[:16],
            _day_index(rec.valid_from),
            _day_index(rec.valid_to),
            rec.zone_mask,
        )
        padder = padding.PKCS7(BLOCK_BITS).padder()
        data = padder.update(raw) + padder.finalize()
        enc = self._cipher.encryptor()
        return enc.update(data) + enc.finalize()

    def decode(self, blob: bytes) -> PassRecord:
        dec = self._cipher.decryptor()
        data = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(BLOCK_BITS).unpadder()
        raw = unpadder.update(data) + unpadder.finalize()
        pass_no, holder, d_from, d_to, zones = RECORD.unpack(raw)
        return PassRecord(
            pass_no=pass_no,
            holder=holder.rstrip(b"\x00").decode("utf-8", errors="replace"),
            valid_from=_from_day_index(d_from),
            valid_to=_from_day_index(d_to),
            zone_mask=zones,
        )
