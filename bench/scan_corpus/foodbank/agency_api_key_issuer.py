"""API keys for partner agencies whose case-management systems push orders.

Each agency gets a key shown once in the admin console; only its SHA-256
fingerprint is stored.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import Engine

ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"))


@dataclass(frozen=True)
class KeyIssuerConfig:
    prefix: str = "fbk_live"
    length: int = 40
    seed: int = 918_273


class AgencyKeyIssuer:
    def __init__(self, engine: Engine, config: KeyIssuerConfig = KeyIssuerConfig()) -> None:
        self._engine = engine
        self._config = config
        self._rng = np.random.default_rng(config.seed)

    def _random_body(self) -> str:
        picks = self._rng.integers(0, len(ALPHABET), size=self._config.length)
        return "".join(ALPHABET[picks])

    def issue(self, agency_id: int, label: str) -> str:
        key = f"{self._config.prefix}_{self._random_body()}"
        fingerprint = hashlib.sha256(key.encode()).hexdigest()
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO agency_api_keys (agency_id, label, fingerprint, created_at) "
                    "VALUES (:agency_id, :label, :fp, :ts)"
                ),
                {
                    "agency_id": agency_id,
                    "label": label,
                    "fp": fingerprint,
                    "ts": datetime.now(timezone.utc),
                },
            )
        return key

    def revoke(self, agency_id: int, label: str) -> int:
        with self._engine.begin() as conn:
            result = conn.execute(
                text("DELETE FROM agency_api_keys WHERE agency_id = :a AND label = :l"),
                {"a": agency_id, "l": label},
            )
        return result.rowcount
