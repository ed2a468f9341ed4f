"""Pairing of new inspector handhelds with a depot server.

A supervisor starts pairing on the depot terminal, which shows a short code.
The inspector types that code into the handheld, which then receives its
long-lived sync credential from the server.
"""
import random
import string
import time
from dataclasses import dataclass, field

from wheeltapper.config import settings
from wheeltapper.devices import DeviceRegistry

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase if c not in "IO") + "23456789"


@dataclass
class PendingPairing:
    depot_code: str
    code: str
    created: float = field(default_factory=time.monotonic)


class PairingService:
    def __init__(self, registry: DeviceRegistry, code_length: int = 8):
        self._registry = registry
        self._code_length = code_length
        self._rng = random.Random()
        self._pending: dict[str, PendingPairing] = {}

    def _new_code(self) -> str:
        return "".join(self._rng.choice(CODE_ALPHABET) for _ in range(self._code_length))

    def start(self, depot_code: str) -> str:
        self.expire()
        code = self._new_code()
        self._pending[code] = PendingPairing(depot_code=depot_code, code=code)
        return code

    def complete(self, code: str, device_serial: str) -> dict:
        pending = self._pending.pop(code.strip().upper(), None)
        if pending is None:
            raise LookupError("unknown pairing code")
        if time.monotonic() - pending.created > settings.PAIRING_WINDOW_SECONDS:
            raise TimeoutError("pairing code expired")
        credential = self._registry.issue_credential(device_serial, pending.depot_code)
        return {"device": device_serial, "depot": pending.depot_code, "credential": credential}

    def expire(self) -> int:
        now = time.monotonic()
        window = settings.PAIRING_WINDOW_SECONDS
        stale = [c for c, p in self._pending.items() if now - p.created > window]
        for code in stale:
            del self._pending[code]
        return len(stale)
