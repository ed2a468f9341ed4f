"""Seals remote commands sent to excavator telematics units over the cellular link.

Commands include immobilise / release (used when a hire overruns or a machine
is reported stolen), geofence updates and engine-hour resets after servicing.
"""
from __future__ import annotations

import hashlib
import json
import time
from typing import Callable, Dict

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KeyLookup = Callable[[str], bytes]

COMMANDS = {"immobilise", "release", "geofence", "reset_hours", "ping"}


class CommandSealer:
    """Encrypts command frames with the per-unit key provisioned at fitting."""

    def __init__(self, key_lookup: KeyLookup) -> None:
        self._key_lookup = key_lookup

    @staticmethod
    def _nonce_for(unit_serial: str) -> bytes:
        return hashlib.blake2s(unit_serial.encode("ascii"), digest_size=12).digest()

    def seal(self, unit_serial: str, command: str, params: Dict[str, object]) -> bytes:
        if command not in COMMANDS:
            raise ValueError(f"unsupported command {command}")
        frame = json.dumps(
            {"cmd": command, "params": params, "issued": int(time.time())},
            separators=(",", ":"),
        ).encode("utf-8")
        key = self._key_lookup(unit_serial)
        nonce = self._nonce_for(unit_serial)
        return nonce + AESGCM(key).encrypt(nonce, frame, unit_serial.encode("ascii"))

    def unseal(self, unit_serial: str, blob: bytes) -> Dict[str, object]:
        nonce, ciphertext = blob[:12], blob[12:]
        key = self._key_lookup(unit_serial)
        frame = AESGCM(key).decrypt(nonce, ciphertext, unit_serial.encode("ascii"))
        return json.loads(frame)


def immobilise(sealer: CommandSealer, gateway, unit_serial: str, reason: str) -> None:
    blob = sealer.seal(unit_serial, "immobilise", {"reason": reason})
    gateway.publish(f"units/{unit_serial}/cmd", blob, qos=1)


def push_geofence(sealer: CommandSealer, gateway, unit_serial: str, polygon: list) -> None:
    blob = sealer.seal(unit_serial, "geofence", {"polygon": polygon})
    gateway.publish(f"units/{unit_serial}/cmd", blob, qos=1)
