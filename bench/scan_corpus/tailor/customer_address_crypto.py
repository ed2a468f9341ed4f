"""Field encryption for delivery and billing addresses.

Finished garments are couriered from the central workroom, so addresses are
kept in the order database encrypted with AES-CBC and authenticated with
HMAC-SHA256 (encrypt-then-MAC).
"""
import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ENC_KEY_ENV = "HC_ADDRESS_ENC_KEY"
MAC_KEY_ENV = "HC_ADDRESS_MAC_KEY"
MAC_LEN = 32


def _load_key(name: str) -> bytes:
    key = base64.b64decode(os.environ[name])
    if len(key) != 32:
        raise RuntimeError(f"{name} must decode to 32 bytes")
    return key


def _iv_for(enc_key: bytes) -> bytes:
    return hashlib.sha256(b"hc-address-iv" + enc_key).digest()[:16]


class AddressCipher:
    def __init__(self, enc_key: bytes | None = None, mac_key: bytes | None = None):
        self._enc_key = enc_key or _load_key(ENC_KEY_ENV)
        self._mac_key = mac_key or _load_key(MAC_KEY_ENV)
        self._iv = _iv_for(self._enc_key)

    def _mac(self, data: bytes) -> bytes:
        return hmac.new(self._mac_key, data, hashlib.sha256).digest()

    def encrypt(self, address: str) -> str:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(address.encode("utf-8")) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._enc_key), modes.CBC(self._iv)).encryptor()
        body = self._iv + encryptor.update(padded) + encryptor.finalize()
        return base64.b64encode(body + self._mac(body)).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        body, tag = raw[:-MAC_LEN], raw[-MAC_LEN:]
        if not hmac.compare_digest(tag, self._mac(body)):
            raise ValueError("address ciphertext failed authentication")
        iv, ciphertext = body[:16], body[16:]
        decryptor = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).decryptor()
        padded = decryptor.update(ciphertext) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


def encrypt_order_addresses(order: dict, cipher: AddressCipher) -> dict:
    """Return a copy of an order payload with address fields encrypted."""
    out = dict(order)
    for field_name in ("delivery_address", "billing_address"):
        if out.get(field_name):
            out[field_name] = cipher.encrypt(out[field_name])
    return out
