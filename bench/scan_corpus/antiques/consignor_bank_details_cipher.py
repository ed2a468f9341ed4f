"""Encrypts consignor bank details held for settlement payouts after a sale."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class PayoutAccount:
    consignor_id: str
    account_name: str
    sort_code: str
    account_number: str
    iban: str | None = None


class PayoutCipherConfig:
    key_env = "PAYOUT_DETAILS_KEY"
    nonce_length = 12
    aad_prefix = b"consignor-payout:"


class PayoutDetailsCipher:
    def __init__(self, config: type[PayoutCipherConfig] = PayoutCipherConfig) -> None:
        self.config = config
        self._aead = AESGCM(base64.b64decode(os.environ[config.key_env]))

    def _aad(self, consignor_id: str) -> bytes:
        return self.config.aad_prefix + consignor_id.encode("utf-8")

    def seal(self, account: PayoutAccount) -> str:
        nonce = os.urandom(self.config.nonce_length)
        plaintext = json.dumps(asdict(account)).encode("utf-8")
        ciphertext = self._aead.encrypt(nonce, plaintext, self._aad(account.consignor_id))
        return base64.urlsafe_b64encode(nonce + ciphertext).decode("ascii")

    def open(self, consignor_id: str, token: str) -> PayoutAccount:
        blob = base64.urlsafe_b64decode(token)
        nonce, ciphertext = blob[: self.config.nonce_length], blob[self.config.nonce_length :]
        plaintext = self._aead.decrypt(nonce, ciphertext, self._aad(consignor_id))
        return PayoutAccount(**json.loads(plaintext))

    def masked(self, account: PayoutAccount) -> str:
        return f"{account.account_name} ****{account.account_number[-4:]}"
