"""Field-level encryption for customer bank details (IBAN, sort code, account no).

Used by the direct-debit mandate service before rows are written to Postgres.
The customer id is bound in as associated data so envelopes cannot be swapped
between customers.
"""
import base64
import json
import os

from Crypto.Cipher import AES as _AES


class BankDetailsCipher:
    _NONCE = b"bnpl-iban-v1"
    _VERSION = 1

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["BANK_DETAILS_KEY"])

    def seal(self, customer_id: str, details: dict) -> str:
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=self._NONCE)
        cipher.update(customer_id.encode())
        ct, tag = cipher.encrypt_and_digest(json.dumps(details, sort_keys=True).encode())
        blob = bytes([self._VERSION]) + tag + ct
        return base64.b64encode(blob).decode()

    def open(self, customer_id: str, sealed: str) -> dict:
        blob = base64.b64decode(sealed)
        version, tag, ct = blob[0], blob[1:17], blob[17:]
        if version != self._VERSION:
            raise ValueError(f"unsupported bank details envelope v{version}")
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=self._NONCE)
        cipher.update(customer_id.encode())
        return json.loads(cipher.decrypt_and_verify(ct, tag))


def mask_iban(iban: str) -> str:
    compact = iban.replace(" ", "")
    return f"{compact[:4]} **** **** {compact[-4:]}"
