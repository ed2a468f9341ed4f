"""Encrypted holding of customer bank details for deposit refunds.

Used by the accounts screen: details captured at booking are sealed with
AES-GCM and opened only when the refund is paid after the stock check.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from Crypto.Cipher import AES

KEY_ENV = "REFUND_VAULT_KEY"


@dataclass
class BankDetails:
    account_name: str
    sort_code: str
    account_number: str


class BankDetailsVault:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key if key is not None else base64.b64decode(os.environ[KEY_ENV])
        if len(self._key) not in (16, 24, 32):
            raise ValueError("refund vault key must be an AES key")

    def seal(self, booking_ref: str, details: BankDetails) -> str:
        cipher = AES.new(self._key, AES.MODE_GCM)
        cipher.update(booking_ref.encode("utf-8"))
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(asdict(details)).encode("utf-8"))
        return base64.b64encode(cipher.nonce + tag + ciphertext).decode("ascii")

    def open(self, booking_ref: str, sealed: str) -> BankDetails:
        raw = base64.b64decode(sealed)
        nonce, tag, ciphertext = raw[:16], raw[16:32], raw[32:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(booking_ref.encode("utf-8"))
        plaintext = cipher.decrypt_and_verify(ciphertext, tag)
        return BankDetails(**json.loads(plaintext))


def masked(details: BankDetails) -> str:
    """Form shown on screen before the refund is confirmed."""
    return f"{details.account_name} {details.sort_code[:2]}-**-** ****{details.account_number[-4:]}"


def record_refund_details(conn, vault: BankDetailsVault, booking_ref: str, details: BankDetails) -> None:
    with conn:
        conn.execute(
            "UPDATE bookings SET refund_blob = ? WHERE reference = ?",
            (vault.seal(booking_ref, details), booking_ref),
        )
