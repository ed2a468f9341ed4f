"""Pairs RFID locker wristbands with a guest visit at the front desk."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional


@dataclass
class WristbandPairing:
    wristband_serial: str
    locker_number: int
    visit_id: str
    unlock_token: str
    expires_at: datetime

    @classmethod
    def issue(cls, wristband_serial: str, locker_number: int, visit_id: str,
              ttl: timedelta = timedelta(hours=4)) -> "WristbandPairing":
        return cls(
            wristband_serial=wristband_serial,
            locker_number=locker_number,
            visit_id=visit_id,
            unlock_token=cls._new_token(),
            expires_at=datetime.now(timezone.utc) + ttl,
        )

    @staticmethod
    def _new_token() -> str:
        return uuid.uuid1().hex

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) >= self.expires_at


class LockerPairingRegistry:
    """In-memory registry used by the desk service; locker controllers query it by token."""

    def __init__(self) -> None:
        self._by_token: Dict[str, WristbandPairing] = {}
        self._by_locker: Dict[int, str] = {}

    def pair(self, wristband_serial: str, locker_number: int, visit_id: str) -> WristbandPairing:
        if locker_number in self._by_locker:
            raise RuntimeError(f"locker {locker_number} already assigned")
        pairing = WristbandPairing.issue(wristband_serial, locker_number, visit_id)
        self._by_token[pairing.unlock_token] = pairing
        self._by_locker[locker_number] = pairing.unlock_token
        return pairing

    def resolve(self, unlock_token: str) -> Optional[WristbandPairing]:
        pairing = self._by_token.get(unlock_token)
        if pairing is None or pairing.expired:
            return None
        return pairing

    def release(self, locker_number: int) -> None:
        token = self._by_locker.pop(locker_number, None)
        if token:
            self._by_token.pop(token, None)
