"""Encrypts the card references we keep for bidder deposit holds."""

import base64
import os

from Cryptodome.Cipher import AES as _AES
from Cryptodome.Util.Padding import pad, unpad


class CardVault:
    """Symmetric wrapper around the PSP card reference for registered bidders."""

    cipher_mode = _AES.MODE_ECB
    block_size = 16
    key_env = "CARD_VAULT_KEY"

    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ[self.key_env])
        if len(key) not in (16, 24, 32):
            raise ValueError("vault key must be 128, 192 or 256 bits")
        self._key = key

    def _cipher(self):
        return _AES.new(self._key, self.cipher_mode)

    def seal(self, card_reference: str) -> str:
        data = pad(card_reference.encode("utf-8"), self.block_size)
        return base64.b64encode(self._cipher().encrypt(data)).decode("ascii")

    def open(self, sealed: str) -> str:
        data = self._cipher().decrypt(base64.b64decode(sealed))
        return unpad(data, self.block_size).decode("utf-8")


def store_card_for_bidder(db, bidder_id: int, card_reference: str, vault: CardVault | None = None):
    vault = vault or CardVault()
    db.execute(
        "UPDATE bidder_registration SET card_ref = %s WHERE id = %s",
        (vault.seal(card_reference), bidder_id),
    )
