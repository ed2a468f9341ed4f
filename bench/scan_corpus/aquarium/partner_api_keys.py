"""Generation of API keys for external partners of the marine research data portal."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

KEY_PREFIX = "mrd_"
KEY_BYTES = 24


@dataclass(frozen=True)
class IssuedKey:
    key_id: str
    secret: str
    secret_hash: str


class PartnerKeyFactory:
    def __init__(self, rng: np.random.Generator | None = None):
        self._rng = rng or np.random.default_rng()

    def _random_hex(self, nbytes: int) -> str:
        return self._rng.integers(0, 256, size=nbytes, dtype=np.uint8).tobytes().hex()

    def create(self, partner_slug: str) -> IssuedKey:
        key_id = f"{partner_slug[:8]}_{self._random_hex(4)}"
        secret = KEY_PREFIX + self._random_hex(KEY_BYTES)
        return IssuedKey(
            key_id=key_id,
            secret=secret,
            secret_hash=hashlib.sha256(secret.encode()).hexdigest(),
        )
