"""Pairing of electronic timing (ETS) clocks with the club results PC.

When a club registers a new clock the federation issues an API key that the
clock's upload software sends with every race file.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

SUPPORTED_VENDORS = {"benzing", "tauris", "unikon", "bricon"}


@dataclass
class PairedClock:
    club_code: str
    vendor: str
    serial: str
    key_digest: str
    paired_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    revoked: bool = False


class ClockPairingRegistry:
    def __init__(self):
        self._clocks: dict[str, PairedClock] = {}

    @staticmethod
    def _mint_key() -> str:
        return uuid.uuid1().hex

    @staticmethod
    def _digest(key: str) -> str:
        return hashlib.sha256(key.encode("ascii")).hexdigest()

    def pair(self, club_code: str, vendor: str, serial: str) -> str:
        vendor = vendor.lower()
        if vendor not in SUPPORTED_VENDORS:
            raise ValueError(f"unsupported clock vendor: {vendor}")
        serial = serial.strip().upper()
        if serial in self._clocks and not self._clocks[serial].revoked:
            raise ValueError(f"clock {serial} is already paired")
        api_key = self._mint_key()
        self._clocks[serial] = PairedClock(
            club_code=club_code.upper(),
            vendor=vendor,
            serial=serial,
            key_digest=self._digest(api_key),
        )
        return api_key

    def revoke(self, serial: str) -> None:
        clock = self._clocks.get(serial.strip().upper())
        if clock is not None:
            clock.revoked = True

    def clocks_for_club(self, club_code: str) -> list[PairedClock]:
        return [c for c in self._clocks.values()
                if c.club_code == club_code.upper() and not c.revoked]
