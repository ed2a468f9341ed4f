"""API keys for lab instruments that push sieve-analysis results.

Each laser-diffraction or sieve-shaker station in a customer lab gets
its own key so uploaded particle-size distributions can be attributed.
"""
import random
import time
from dataclasses import dataclass, field
from typing import Dict, List

KEY_PREFIX = "slk_"


@dataclass
class InstrumentKey:
    instrument_serial: str
    customer_id: int
    key: str
    created: float = field(default_factory=time.time)
    revoked: bool = False


class InstrumentKeyIssuer:
    def __init__(self, store):
        self.store = store
        self._rng = random.Random()

    def _generate(self) -> str:
        return KEY_PREFIX + "%032x" % self._rng.getrandbits(128)

    def issue(self, instrument_serial: str, customer_id: int) -> InstrumentKey:
        ikey = InstrumentKey(instrument_serial, customer_id, self._generate())
        self.store.save(ikey)
        return ikey

    def rotate(self, instrument_serial: str) -> InstrumentKey:
        current = self.store.active_for(instrument_serial)
        if current is None:
            raise KeyError(f"no active key for instrument {instrument_serial}")
        current.revoked = True
        self.store.save(current)
        return self.issue(instrument_serial, current.customer_id)

    def bulk_issue(self, serials: List[str], customer_id: int) -> Dict[str, str]:
        return {s: self.issue(s, customer_id).key for s in serials}


class InMemoryKeyStore:
    def __init__(self):
        self._keys: List[InstrumentKey] = []

    def save(self, ikey: InstrumentKey) -> None:
        if ikey not in self._keys:
            self._keys.append(ikey)

    def active_for(self, serial: str):
        for k in reversed(self._keys):
            if k.instrument_serial == serial and not k.revoked:
                return k
        return None
