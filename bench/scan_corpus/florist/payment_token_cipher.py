"""Encryption of stored payment-method references for bouquet subscriptions.

The PSP returns a reusable card reference which we keep so the monthly
subscription bouquet can be charged without the customer present.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class SubscriptionTokenCipher:
    KEY_ENV = "SUBSCRIPTION_TOKEN_KEY"
    IV = b"bloomsub-tokens1"

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ[self.KEY_ENV])

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_CBC, iv=self.IV)

    def encrypt(self, psp_reference: str) -> str:
        ct = self._cipher().encrypt(pad(psp_reference.encode(), _AES.block_size))
        return base64.urlsafe_b64encode(ct).decode()

    def decrypt(self, blob: str) -> str:
        pt = self._cipher().decrypt(base64.urlsafe_b64decode(blob))
        return unpad(pt, _AES.block_size).decode()


def store_payment_method(db, subscription_id: int, psp_reference: str) -> None:
    cipher = SubscriptionTokenCipher()
    db.execute(
        "UPDATE subscriptions SET payment_ref = %s WHERE id = %s",
        (cipher.encrypt(psp_reference), subscription_id),
    )
