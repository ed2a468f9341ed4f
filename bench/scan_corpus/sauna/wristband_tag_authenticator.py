"""Checks the MAC stamped on locker wristband tags when a guest taps a locker reader."""
from __future__ import annotations

import hashlib
import hmac
import os
import struct
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class TagRead:
    serial: bytes
    locker_number: int
    issued_at: int
    mac: bytes

    @classmethod
    def parse(cls, raw: bytes) -> "TagRead":
        if len(raw) != 7 + 2 + 4 + 16:
            raise ValueError("unexpected tag length")
        serial = raw[:7]
        locker, issued = struct.unpack(">HI", raw[7:13])
        return cls(serial, locker, issued, raw[13:])

    def signed_part(self) -> bytes:
        return self.serial + struct.pack(">HI", self.locker_number, self.issued_at)


class TagAuthenticator:
    MAC_LEN = 16

    def __init__(self, site_key: bytes) -> None:
        self._key = site_key

    @classmethod
    def for_site(cls, site_code: str) -> "TagAuthenticator":
        return cls(bytes.fromhex(os.environ[f"WRISTBAND_MAC_KEY_{site_code.upper()}"]))

    def _mac(self, data: bytes) -> bytes:
        return hmac.new(self._key, data, hashlib.sha256).digest()[: self.MAC_LEN]

    def authenticate(self, raw: bytes, expected_locker: int) -> Optional[TagRead]:
        tag = TagRead.parse(raw)
        if not hmac.compare_digest(self._mac(tag.signed_part()), tag.mac):
            return None
        if tag.locker_number != expected_locker:
            return None
        return tag

    def stamp(self, serial: bytes, locker_number: int, issued_at: int) -> bytes:
        body = serial + struct.pack(">HI", locker_number, issued_at)
        return body + self._mac(body)
