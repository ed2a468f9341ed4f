import random
import secrets

import numpy as np


class InviteCodeGenerator:
    def __init__(self, length: int = 8, rng: random.Random = random.Random()):
        self.length = length
        self.rng = rng

    def next(self) -> str:
        # ruleid: insecure-random-for-secret
        return "".join(str(self.rng.randrange(10)) for _ in range(self.length))


class PinService:
    def __init__(self, store, source=np.random.default_rng()):
        self.store = store
        self._source = source

    def issue_pin(self, user_id):
        # ruleid: insecure-random-for-secret
        pin = "".join(str(d) for d in self._source.integers(0, 10, size=4))
        self.store.put(user_id, pin)
        return pin


class SecureInviteCodeGenerator:
    def __init__(self, length: int = 8, rng: random.SystemRandom = random.SystemRandom()):
        self.length = length
        self.rng = rng

    def next(self) -> str:
        # ok: insecure-random-for-secret
        return "".join(str(self.rng.randrange(10)) for _ in range(self.length))


class TableSeater:
    def __init__(self, tables, rng: random.Random = random.Random()):
        self.tables = tables
        self.rng = rng

    def seat(self, guest):
        # ok: insecure-random-for-secret
        guest.table = self.rng.choice(self.tables)
        return guest
