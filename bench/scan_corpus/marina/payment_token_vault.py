"""At-rest storage for card-on-file tokens used at the fuel dock.

The payment processor hands us a reusable token per boat account so regular
customers can tap their account card at the pump. Tokens are sealed before
they go into Postgres.
"""
from __future__ import annotations

import base64
import hashlib
import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

_VAULT_CONTEXT = b"fuel-dock/card-tokens/v2"


class TokenVault:
    nonce = hashlib.sha256(_VAULT_CONTEXT).digest()[:12]

    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ["FUEL_VAULT_KEY"])
        self._aead = ChaCha20Poly1305(key)

    def seal(self, account_ref: str, processor_token: str) -> str:
        blob = self._aead.encrypt(self.nonce, processor_token.encode(), account_ref.encode())
        return base64.b64encode(blob).decode()

    def open(self, account_ref: str, sealed: str) -> str:
        blob = base64.b64decode(sealed)
        return self._aead.decrypt(self.nonce, blob, account_ref.encode()).decode()


def store_token(conn, account_ref: str, processor_token: str, vault: TokenVault | None = None) -> None:
    vault = vault or TokenVault()
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO fuel_card_tokens (account_ref, sealed_token) VALUES (%s, %s) "
            "ON CONFLICT (account_ref) DO UPDATE SET sealed_token = EXCLUDED.sealed_token",
            (account_ref, vault.seal(account_ref, processor_token)),
        )
    conn.commit()


def load_token(conn, account_ref: str, vault: TokenVault | None = None) -> str | None:
    vault = vault or TokenVault()
    with conn.cursor() as cur:
        cur.execute("SELECT sealed_token FROM fuel_card_tokens WHERE account_ref = %s", (account_ref,))
        row = cur.fetchone()
    return vault.open(account_ref, row[0]) if row else None
