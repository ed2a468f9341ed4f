"""Encrypts consignor bank details before they are written to the payouts table."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class PayoutCryptoSettings:
    key_env = "PAYOUT_DETAILS_KEY"
    nonce = b"stampvault01"
    associated_data = b"consignor-bank-details"


@dataclass
class BankDetails:
    account_name: str
    sort_code: str
    account_number: str
    iban: str = ""


class BankDetailsCipher:
    def __init__(self, settings: type[PayoutCryptoSettings] = PayoutCryptoSettings) -> None:
        self.settings = settings
        self._aead = AESGCM(base64.b64decode(os.environ[settings.key_env]))

    def encrypt(self, details: BankDetails) -> str:
        plaintext = json.dumps(asdict(details), sort_keys=True).encode()
        sealed = self._aead.encrypt(self.settings.nonce, plaintext, self.settings.associated_data)
        return base64.b64encode(sealed).decode()

    def decrypt(self, token: str) -> BankDetails:
        sealed = base64.b64decode(token)
        plaintext = self._aead.decrypt(self.settings.nonce, sealed, self.settings.associated_data)
        return BankDetails(**json.loads(plaintext))


def store_for_consignor(db, consignor_id: int, details: BankDetails, cipher: BankDetailsCipher) -> None:
    db.execute(
        "UPDATE consignors SET bank_details_enc = %s WHERE id = %s",
        (cipher.encrypt(details), consignor_id),
    )
