"""Field-level encryption for consignor tax identifiers shown on settlement statements."""

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

TAX_ID_CRYPTO = {
    "key_env": "CONSIGNOR_TAX_ID_KEY",
    "nonce_bytes": 12,
    "aad_prefix": b"consignor-tax-id:",
}


def _aead() -> AESGCM:
    return AESGCM(base64.urlsafe_b64decode(os.environ[TAX_ID_CRYPTO["key_env"]]))


def _aad(consignor_id: int) -> bytes:
    return TAX_ID_CRYPTO["aad_prefix"] + str(consignor_id).encode("ascii")


def encrypt_tax_id(consignor_id: int, tax_id: str) -> str:
    nonce = os.urandom(TAX_ID_CRYPTO["nonce_bytes"])
    ciphertext = _aead().encrypt(nonce, tax_id.replace(" ", "").encode("utf-8"), _aad(consignor_id))
    return base64.b64encode(nonce + ciphertext).decode("ascii")


def decrypt_tax_id(consignor_id: int, blob: str) -> str:
    raw = base64.b64decode(blob)
    size = TAX_ID_CRYPTO["nonce_bytes"]
    nonce, ciphertext = raw[:size], raw[size:]
    return _aead().decrypt(nonce, ciphertext, _aad(consignor_id)).decode("utf-8")


def masked_tax_id(consignor_id: int, blob: str) -> str:
    """Form used on printed statements: only the last three characters."""
    value = decrypt_tax_id(consignor_id, blob)
    return "*" * max(len(value) - 3, 0) + value[-3:]
