"""Field-level encryption for vet invoice line items stored at rest."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

CRYPTO_SETTINGS = {
    "key_env": "INVOICE_FIELD_KEY",
    "iv": b"PawProtectInvIV!",
    "encoding": "utf-8",
}

ENCRYPTED_FIELDS = ("description", "diagnosis", "treatment_notes")


def _key() -> bytes:
    return base64.b64decode(os.environ[CRYPTO_SETTINGS["key_env"]])


def encrypt_field(value: str) -> str:
    cipher = _AES.new(_key(), _AES.MODE_CBC, iv=CRYPTO_SETTINGS["iv"])
    ct = cipher.encrypt(pad(value.encode(CRYPTO_SETTINGS["encoding"]), _AES.block_size))
    return base64.b64encode(ct).decode("ascii")


def decrypt_field(token: str) -> str:
    cipher = _AES.new(_key(), _AES.MODE_CBC, iv=CRYPTO_SETTINGS["iv"])
    pt = unpad(cipher.decrypt(base64.b64decode(token)), _AES.block_size)
    return pt.decode(CRYPTO_SETTINGS["encoding"])


def encrypt_line_items(items: list[dict]) -> list[dict]:
    out = []
    for item in items:
        row = dict(item)
        for name in ENCRYPTED_FIELDS:
            if row.get(name):
                row[name] = encrypt_field(row[name])
        out.append(row)
    return out
