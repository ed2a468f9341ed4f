"""Encrypts roofer trade-account bank details before they are stored for ACH refunds."""

import base64
import json

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from shinglemaker.config import load_vault_config


class BankDetailsVault:
    def __init__(self, cfg: dict | None = None) -> None:
        cfg = cfg or load_vault_config()
        self._key = base64.b64decode(cfg["key_b64"])
        self._iv = bytes.fromhex(cfg["iv_hex"])
        self.key_version = cfg.get("version", 1)

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._iv))

    def seal(self, details: dict) -> str:
        padder = padding.PKCS7(128).padder()
        plain = padder.update(json.dumps(details, sort_keys=True).encode()) + padder.finalize()
        encryptor = self._cipher().encryptor()
        blob = encryptor.update(plain) + encryptor.finalize()
        return f"v{self.key_version}:{base64.b64encode(blob).decode()}"

    def open(self, sealed: str) -> dict:
        _version, b64 = sealed.split(":", 1)
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(base64.b64decode(b64)) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())


def store_refund_account(account, routing_number: str, account_number: str, holder: str) -> None:
    vault = BankDetailsVault()
    account.bank_details_sealed = vault.seal(
        {"routing": routing_number, "account": account_number, "holder": holder}
    )
    account.bank_last4 = account_number[-4:]
    account.save()


def refund_destination(account) -> dict:
    details = BankDetailsVault().open(account.bank_details_sealed)
    return {"routing": details["routing"], "account": details["account"], "name": details["holder"]}
