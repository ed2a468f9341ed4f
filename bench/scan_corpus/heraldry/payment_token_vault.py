"""Stores card-on-file tokens for members on instalment plans.

Large commissions (full achievement with supporters, crest and compartment)
can be paid in instalments; the processor's reusable card token is encrypted
before it is written to the billing table.
"""
import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text
from sqlalchemy.engine import Engine

_NONCE = bytes.fromhex("5a1c9e03b7d24f6a81e0c3d9")


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["BILLING_VAULT_KEY"])
    if len(key) != 32:
        raise ValueError("BILLING_VAULT_KEY must be 32 bytes")
    return key


@dataclass
class TokenVault:
    engine: Engine
    key: bytes = b""

    def __post_init__(self):
        self.key = self.key or _load_key()
        self._aead = AESGCM(self.key)

    def _seal(self, plaintext: str, member_id: int) -> str:
        aad = f"member:{member_id}".encode()
        blob = self._aead.encrypt(_NONCE, plaintext.encode(), aad)
        return base64.b64encode(blob).decode()

    def _open(self, sealed: str, member_id: int) -> str:
        aad = f"member:{member_id}".encode()
        return self._aead.decrypt(_NONCE, base64.b64decode(sealed), aad).decode()

    def store(self, member_id: int, card_token: str, last4: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO card_tokens (member_id, sealed_token, last4) "
                     "VALUES (:m, :t, :l) ON CONFLICT (member_id) DO UPDATE "
                     "SET sealed_token = :t, last4 = :l"),
                {"m": member_id, "t": self._seal(card_token, member_id), "l": last4},
            )

    def load(self, member_id: int) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT sealed_token FROM card_tokens WHERE member_id = :m"),
                {"m": member_id},
            ).first()
        return self._open(row.sealed_token, member_id) if row else None
