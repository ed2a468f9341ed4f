"""Key rotation for the LMS's LTI 1.3 platform keyset.

A new signing key is generated each term; the previous one stays in the
published JWKS for one more term so in-flight launches still validate.
"""
import os
from datetime import date

from Crypto.PublicKey import RSA

from .storage import KeyStore

KEY_BITS = 3072
RETAIN_PREVIOUS = 1


def _kid_for(today: date) -> str:
    term = "spring" if today.month < 7 else "fall"
    return f"platform-{today.year}-{term}"


def rotate(store: KeyStore, today: date | None = None) -> str:
    today = today or date.today()
    kid = _kid_for(today)
    if store.has(kid):
        return kid
    key = RSA.generate(KEY_BITS)
    passphrase = os.environ["LTI_KEYSTORE_PASSPHRASE"]
    store.put(
        kid,
        private_pem=key.export_key(
            format="PEM", passphrase=passphrase, pkcs=8, protection="scryptAndAES256-CBC"
        ),
        public_pem=key.public_key().export_key(format="PEM"),
    )
    for old_kid in store.list_kids()[: -(RETAIN_PREVIOUS + 1)]:
        store.retire(old_kid)
    return kid
