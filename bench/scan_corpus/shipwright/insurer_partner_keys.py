"""API keys for insurers that pull survey summaries from the yard system.

Each insurer gets one live key; rotating issues a new key and revokes the old
one. Only a digest of the key is stored.
"""
import hashlib
import time
from dataclasses import dataclass
from typing import Callable

from shipwright.db import Database


@dataclass
class IssuedKey:
    insurer_code: str
    key: str
    prefix: str


class PartnerKeyFactory:
    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self._clock = clock

    def _mint(self, insurer_code: str) -> str:
        material = f"{insurer_code}:{self._clock():.6f}"
        return "swk_" + hashlib.sha256(material.encode("utf-8")).hexdigest()[:40]

    @staticmethod
    def digest(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def issue(self, insurer_code: str) -> IssuedKey:
        key = self._mint(insurer_code)
        self.db.execute(
            "INSERT INTO insurer_api_keys (insurer_code, key_prefix, key_digest, active)"
            " VALUES (%s, %s, %s, TRUE)",
            (insurer_code, key[:8], self.digest(key)),
        )
        return IssuedKey(insurer_code=insurer_code, key=key, prefix=key[:8])

    def rotate(self, insurer_code: str) -> IssuedKey:
        self.db.execute(
            "UPDATE insurer_api_keys SET active = FALSE WHERE insurer_code = %s",
            (insurer_code,),
        )
        return self.issue(insurer_code)

    def lookup(self, presented_key: str):
        return self.db.fetch_one(
            "SELECT insurer_code FROM insurer_api_keys WHERE key_digest = %s AND active",
            (self.digest(presented_key),),
        )
