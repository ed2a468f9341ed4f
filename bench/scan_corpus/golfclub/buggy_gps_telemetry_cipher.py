"""Encrypts position reports sent from buggy GPS trackers to the fleet server over LoRaWAN."""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class PositionReport:
    buggy_id: str
    lat: float
    lon: float
    battery_pct: int
    hole: int | None
    ts: float


class BuggyTelemetryCipher:
    """One instance lives on each buggy's tracker for the life of its firmware."""

    def __init__(self, buggy_id: str, fleet_key: bytes) -> None:
        self._buggy_id = buggy_id
        self._aead = AESGCM(fleet_key)
        self._nonce = hashlib.sha256(f"nonce:{buggy_id}".encode()).digest()[:12]

    def seal(self, report: PositionReport) -> bytes:
        body = json.dumps(asdict(report), separators=(",", ":")).encode()
        return self._aead.encrypt(self._nonce, body, self._buggy_id.encode())

    def open(self, frame: bytes) -> PositionReport:
        body = self._aead.decrypt(self._nonce, frame, self._buggy_id.encode())
        return PositionReport(**json.loads(body))


def build_report(buggy_id: str, fix: dict[str, float], battery_pct: int, hole: int | None) -> PositionReport:
    return PositionReport(
        buggy_id=buggy_id,
        lat=round(fix["lat"], 6),
        lon=round(fix["lon"], 6),
        battery_pct=max(0, min(100, battery_pct)),
        hole=hole,
        ts=time.time(),
    )


def uplink_frames(cipher: BuggyTelemetryCipher, reports: list[PositionReport]) -> list[bytes]:
    """Frames queued by the tracker between LoRaWAN transmit windows."""
    return [cipher.seal(r) for r in reports if r.lat and r.lon]
