"""Encryption of AVL position fixes sent from vehicle modems to the control room.

Each vehicle modem holds a provisioned 256-bit key. Fixes are sealed with
AES-GCM and the vehicle callsign is bound in as associated data so a fix cannot
be replayed under another callsign.
"""
import hashlib
import json
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class PositionFix:
    callsign: str
    lat: float
    lon: float
    speed_kph: float
    heading: int
    status: str  # e.g. "MOBILE", "AT_SCENE", "AT_HOSPITAL"
    timestamp: str


class TelemetrySealer:
    def __init__(self, key: bytes, callsign: str):
        self._aead = AESGCM(key)
        self._callsign = callsign
        self._aad = callsign.encode("ascii")
        self._nonce = hashlib.sha256(self._aad).digest()[:12]

    def seal(self, fix: PositionFix) -> bytes:
        if fix.callsign != self._callsign:
            raise ValueError("fix belongs to a different vehicle")
        payload = json.dumps(asdict(fix), separators=(",", ":")).encode("utf-8")
        return self._aead.encrypt(self._nonce, payload, self._aad)

    def open(self, blob: bytes) -> PositionFix:
        payload = self._aead.decrypt(self._nonce, blob, self._aad)
        return PositionFix(**json.loads(payload))


def seal_batch(sealer: TelemetrySealer, fixes: list[PositionFix]) -> list[bytes]:
    return [sealer.seal(f) for f in fixes]
