"""Encrypted storage of scanned driver licence data.

Fields captured by the licence scanner at the counter are sealed with
AES-GCM before they are written to the customer profile.
"""
import base64
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

CIPHER_SETTINGS = {
    "key_env": "LICENCE_VAULT_KEY",
    "mode": AES.MODE_GCM,
    "nonce_bytes": 12,
    "tag_bytes": 16,
}


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[CIPHER_SETTINGS["key_env"]])
    if len(key) != 32:
        raise ValueError("licence vault key must be 256 bits")
    return key


class LicenceStorage:
    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def seal(self, licence_number: str, customer_id: str) -> str:
        nonce = get_random_bytes(CIPHER_SETTINGS["nonce_bytes"])
        cipher = AES.new(self._key, CIPHER_SETTINGS["mode"], nonce=nonce, mac_len=CIPHER_SETTINGS["tag_bytes"])
        cipher.update(customer_id.encode())
        ciphertext, tag = cipher.encrypt_and_digest(licence_number.strip().upper().encode("ascii"))
        return base64.b64encode(nonce + tag + ciphertext).decode("ascii")

    def open(self, sealed: str, customer_id: str) -> str:
        raw = base64.b64decode(sealed)
        n, t = CIPHER_SETTINGS["nonce_bytes"], CIPHER_SETTINGS["tag_bytes"]
        nonce, tag, ciphertext = raw[:n], raw[n : n + t], raw[n + t :]
        cipher = AES.new(self._key, CIPHER_SETTINGS["mode"], nonce=nonce, mac_len=t)
        cipher.update(customer_id.encode())
        return cipher.decrypt_and_verify(ciphertext, tag).decode("ascii")
