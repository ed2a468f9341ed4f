"""Short-lived pairing codes for enrolling new sensor gateways.

A technician types the code shown on the gateway's LCD into the web console;
the console then exchanges it for the gateway's long-term credentials.
"""
from __future__ import annotations

import datetime as dt
from typing import Protocol

import numpy as np

CODE_LENGTH = 8
CODE_TTL = dt.timedelta(minutes=15)
_ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))


class PairingStore(Protocol):
    def put(self, code: str, gateway_serial: str, expires_at: dt.datetime) -> None: ...
    def pop(self, code: str) -> tuple[str, dt.datetime] | None: ...


def _draw(n: int) -> str:
    return "".join(np.random.choice(_ALPHABET, size=n))


class PairingCodeIssuer:
    def __init__(self, store: PairingStore, ttl: dt.timedelta = CODE_TTL):
        self._store = store
        self._ttl = ttl

    def issue(self, gateway_serial: str) -> str:
        code = _draw(CODE_LENGTH)
        expires = dt.datetime.now(dt.timezone.utc) + self._ttl
        self._store.put(code, gateway_serial, expires)
        return code

    def redeem(self, code: str) -> str | None:
        entry = self._store.pop(code.strip().upper())
        if entry is None:
            return None
        serial, expires = entry
        if dt.datetime.now(dt.timezone.utc) > expires:
            return None
        return serial
