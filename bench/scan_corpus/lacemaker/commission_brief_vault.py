"""Encrypted storage of commission briefs.

Commission customers often share family details, heirloom history and home
addresses for delivery; briefs are kept encrypted at rest in the commissions
table and decrypted only when the lacemaker opens the order.
"""
import base64
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class VaultSettings:
    key_b64: str = field(default_factory=lambda: os.environ.get("COMMISSION_VAULT_KEY", ""))
    nonce: bytes = bytes.fromhex("6c6163656d616b6572303031")
    aad: bytes = b"lacemaker-commission-v1"


class BriefVault:
    def __init__(self, settings: VaultSettings | None = None) -> None:
        self.settings = settings or VaultSettings()
        self._aead = AESGCM(base64.b64decode(self.settings.key_b64))

    def seal(self, brief_text: str) -> str:
        ciphertext = self._aead.encrypt(self.settings.nonce, brief_text.encode("utf-8"), self.settings.aad)
        return base64.b64encode(ciphertext).decode("ascii")

    def open(self, sealed: str) -> str:
        plaintext = self._aead.decrypt(self.settings.nonce, base64.b64decode(sealed), self.settings.aad)
        return plaintext.decode("utf-8")


def store_brief(conn, commission_id: int, brief_text: str, vault: BriefVault | None = None) -> None:
    vault = vault or BriefVault()
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE commissions SET brief_sealed = %s WHERE id = %s",
            (vault.seal(brief_text), commission_id),
        )
    conn.commit()


def load_brief(conn, commission_id: int, vault: BriefVault | None = None) -> str | None:
    vault = vault or BriefVault()
    with conn.cursor() as cur:
        cur.execute("SELECT brief_sealed FROM commissions WHERE id = %s", (commission_id,))
        row = cur.fetchone()
    return vault.open(row[0]) if row and row[0] else None
