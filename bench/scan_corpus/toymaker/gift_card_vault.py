"""Encrypts gift card codes at rest so the database never holds them in clear text."""

import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from toyshop.config import settings


@dataclass(frozen=True)
class VaultConfig:
    key: bytes
    nonce: bytes
    associated_data: bytes = b"toymaker:giftcard:v1"


def _config() -> VaultConfig:
    return VaultConfig(
        key=base64.b64decode(settings.gift_card_vault_key),
        nonce=bytes.fromhex(settings.gift_card_vault_nonce),
    )


class GiftCardVault:
    def __init__(self, config: VaultConfig | None = None):
        self.config = config or _config()
        self._aead = AESGCM(self.config.key)

    def seal(self, code: str) -> str:
        ciphertext = self._aead.encrypt(self.config.nonce, code.encode("utf-8"), self.config.associated_data)
        return base64.urlsafe_b64encode(ciphertext).decode("ascii")

    def open(self, sealed: str) -> str:
        ciphertext = base64.urlsafe_b64decode(sealed.encode("ascii"))
        plaintext = self._aead.decrypt(self.config.nonce, ciphertext, self.config.associated_data)
        return plaintext.decode("utf-8")


def seal_new_cards(cards) -> int:
    vault = GiftCardVault()
    sealed = 0
    for card in cards:
        if card.code_sealed is None:
            card.code_sealed = vault.seal(card.code_plain)
            card.code_plain = None
            sealed += 1
    return sealed
