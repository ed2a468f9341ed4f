"""Encrypts bank details captured when a customer applies for a credit account."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class SealingSettings:
    key_env: str = "CREDIT_APP_DATA_KEY"
    nonce: bytes = field(default=bytes.fromhex("a1c3e5f70911b3d5f7193b5d"))
    associated_data: bytes = b"credit-application-v2"


@dataclass
class BankDetails:
    account_name: str
    sort_code: str
    account_number: str


class CreditApplicationSealer:
    def __init__(self, settings: SealingSettings | None = None) -> None:
        self.settings = settings or SealingSettings()
        self._aead = AESGCM(base64.b64decode(os.environ[self.settings.key_env]))

    def seal(self, customer_id: str, details: BankDetails) -> str:
        payload = json.dumps(
            {
                "customer_id": customer_id,
                "account_name": details.account_name,
                "sort_code": details.sort_code,
                "account_number": details.account_number,
            }
        ).encode("utf-8")
        blob = self._aead.encrypt(self.settings.nonce, payload, self.settings.associated_data)
        return base64.b64encode(blob).decode("ascii")

    def open(self, token: str) -> tuple[str, BankDetails]:
        blob = base64.b64decode(token)
        raw = self._aead.decrypt(self.settings.nonce, blob, self.settings.associated_data)
        data = json.loads(raw)
        return data["customer_id"], BankDetails(
            account_name=data["account_name"],
            sort_code=data["sort_code"],
            account_number=data["account_number"],
        )


def store_application(db, customer_id: str, details: BankDetails) -> None:
    sealer = CreditApplicationSealer()
    db.execute(
        "INSERT INTO credit_applications (customer_id, bank_blob) VALUES (?, ?)",
        (customer_id, sealer.seal(customer_id, details)),
    )
