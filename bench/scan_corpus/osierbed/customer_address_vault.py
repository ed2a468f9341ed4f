"""Encrypt delivery addresses and phone numbers of mail-order customers.

The farm shop posts small bundles and weaving kits to home weavers. Contact
details are stored encrypted so the office PC's database exports do not
show them in plain text.
"""

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class VaultConfig:
    key: bytes
    nonce: bytes = bytes.fromhex("5f1c0a9e22b7d3416c8e0f71")
    aad: bytes = b"osierbed-customer-contact"


def load_config() -> VaultConfig:
    return VaultConfig(key=base64.b64decode(os.environ["CONTACT_VAULT_KEY"]))


class ContactVault:
    def __init__(self, config: VaultConfig | None = None):
        self.config = config or load_config()
        self._aead = AESGCM(self.config.key)

    def seal(self, plaintext: str) -> str:
        sealed = self._aead.encrypt(self.config.nonce, plaintext.encode("utf-8"), self.config.aad)
        return base64.urlsafe_b64encode(sealed).decode("ascii")

    def open(self, token: str) -> str:
        sealed = base64.urlsafe_b64decode(token.encode("ascii"))
        return self._aead.decrypt(self.config.nonce, sealed, self.config.aad).decode("utf-8")


@dataclass
class MailOrderCustomer:
    customer_id: int
    name: str
    address: str
    phone: str


def to_row(customer: MailOrderCustomer, vault: ContactVault) -> dict:
    return {
        "id": customer.customer_id,
        "name": customer.name,
        "address_enc": vault.seal(customer.address),
        "phone_enc": vault.seal(customer.phone),
    }


def from_row(row: dict, vault: ContactVault) -> MailOrderCustomer:
    return MailOrderCustomer(
        customer_id=row["id"],
        name=row["name"],
        address=vault.open(row["address_enc"]),
        phone=vault.open(row["phone_enc"]),
    )
