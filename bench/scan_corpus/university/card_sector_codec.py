"""Encode and decode the access payload stored in sector 4 of campus ID cards.

The payload is a fixed 32-byte structure: cardholder number, issue counter,
access-group bitmap and expiry date.  Readers decrypt it offline with the
site key that is loaded into their secure element at install time.
"""
import datetime as dt
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAYLOAD_FMT = ">I H Q H 16x"  # holder, issue, groups, expiry(days since 2000), reserved
EPOCH = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class AccessPayload:
    holder_number: int
    issue_counter: int
    access_groups: int
    expires: dt.date

    def pack(self) -> bytes:
        days = (self.expires - EPOCH).days
        return struct.pack(PAYLOAD_FMT, self.holder_number, self.issue_counter,
                           self.access_groups, days)

    @classmethod
    def unpack(cls, raw: bytes) -> "AccessPayload":
        holder, issue, groups, days = struct.unpack(PAYLOAD_FMT, raw)
        return cls(holder, issue, groups, EPOCH + dt.timedelta(days=days))


class SectorCodec:
    def __init__(self, site_key: bytes):
        if len(site_key) not in (16, 32):
            raise ValueError("site key must be AES-128 or AES-256")
        self._key = site_key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def encode(self, payload: AccessPayload) -> bytes:
        enc = self._cipher().encryptor()
        return enc.update(payload.pack()) + enc.finalize()

    def decode(self, sector: bytes) -> AccessPayload:
        if len(sector) != 32:
            raise ValueError("unexpected sector length %d" % len(sector))
        dec = self._cipher().decryptor()
        return AccessPayload.unpack(dec.update(sector) + dec.finalize())
