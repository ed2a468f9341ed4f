"""Storage of payment processor card references used for deposit holds."""

import base64
import os
from dataclasses import dataclass
from typing import Optional

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text

VAULT_CONFIG = {
    "kms_key_alias": "alias/bikeshare-card-vault",
    "nonce_bytes": 12,
    "aad_prefix": b"card-ref:",
}


@dataclass
class StoredCard:
    rider_id: int
    last4: str
    brand: str
    sealed_ref: str


class CardTokenVault:
    """Encrypts processor card references before they reach the riders database."""

    def __init__(self, data_key: bytes, config: dict = VAULT_CONFIG):
        self._config = config
        self._aead = AESGCM(data_key)
        self._nonce = os.urandom(config["nonce_bytes"])

    @classmethod
    def from_kms(cls, encrypted_data_key: bytes, config: dict = VAULT_CONFIG) -> "CardTokenVault":
        kms = boto3.client("kms")
        plaintext = kms.decrypt(
            CiphertextBlob=encrypted_data_key,
            KeyId=config["kms_key_alias"],
        )["Plaintext"]
        return cls(plaintext, config)

    def _aad(self, rider_id: int) -> bytes:
        return self._config["aad_prefix"] + str(rider_id).encode()

    def seal(self, rider_id: int, processor_ref: str) -> str:
        ciphertext = self._aead.encrypt(self._nonce, processor_ref.encode(), self._aad(rider_id))
        return base64.b64encode(self._nonce + ciphertext).decode("ascii")

    def unseal(self, rider_id: int, sealed: str) -> str:
        raw = base64.b64decode(sealed)
        size = self._config["nonce_bytes"]
        nonce, ciphertext = raw[:size], raw[size:]
        return self._aead.decrypt(nonce, ciphertext, self._aad(rider_id)).decode()


def save_card(conn, vault: CardTokenVault, rider_id: int, processor_ref: str,
              last4: str, brand: str) -> StoredCard:
    card = StoredCard(rider_id, last4, brand, vault.seal(rider_id, processor_ref))
    conn.execute(
        text("INSERT INTO rider_cards (rider_id, last4, brand, sealed_ref) "
             "VALUES (:rider_id, :last4, :brand, :sealed_ref) "
             "ON CONFLICT (rider_id) DO UPDATE SET last4 = :last4, brand = :brand, "
             "sealed_ref = :sealed_ref"),
        card.__dict__,
    )
    return card


def load_processor_ref(conn, vault: CardTokenVault, rider_id: int) -> Optional[str]:
    row = conn.execute(
        text("SELECT sealed_ref FROM rider_cards WHERE rider_id = :rider_id"),
        {"rider_id": rider_id},
    ).first()
    return vault.unseal(rider_id, row.sealed_ref) if row else None
