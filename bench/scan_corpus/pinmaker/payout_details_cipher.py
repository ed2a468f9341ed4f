"""Encrypt bank details of bands who sell their pins through our marketplace.

Bands receive a monthly revenue share; their sort code and account number are
stored encrypted with AES-GCM and bound to the band id as associated data.
"""
import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
VERSION = b"\x01"


@dataclass
class PayoutDetails:
    account_name: str
    sort_code: str
    account_number: str


class PayoutCipher:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or base64.b64decode(os.environ["PAYOUT_DATA_KEY"]))

    @staticmethod
    def _aad(band_id: int) -> bytes:
        return f"band:{band_id}".encode()

    def seal(self, band_id: int, details: PayoutDetails) -> str:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(asdict(details)).encode()
        ct = self._aead.encrypt(nonce, plaintext, self._aad(band_id))
        return base64.b64encode(VERSION + nonce + ct).decode()

    def open(self, band_id: int, sealed: str) -> PayoutDetails:
        blob = base64.b64decode(sealed)
        if blob[:1] != VERSION:
            raise ValueError("unknown payout record version")
        nonce, ct = blob[1:1 + NONCE_BYTES], blob[1 + NONCE_BYTES:]
        data = json.loads(self._aead.decrypt(nonce, ct, self._aad(band_id)))
        return PayoutDetails(**data)


def masked_account(details: PayoutDetails) -> str:
    return f"{details.sort_code[:2]}-**-** ****{details.account_number[-4:]}"
