"""Encrypts the deposit-hold references we keep for high-value lot registrations."""

import base64
import os

from Cryptodome.Cipher import AES as _AES
from Cryptodome.Random import get_random_bytes


class DepositHoldVault:
    """Authenticated encryption for PSP hold references, one random nonce per value."""

    cipher_mode = _AES.MODE_GCM
    nonce_size = 12
    tag_size = 16
    key_env = "DEPOSIT_VAULT_KEY"

    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ[self.key_env])
        if len(key) not in (16, 24, 32):
            raise ValueError("vault key must be 128, 192 or 256 bits")
        self._key = key

    def seal(self, hold_reference: str, bidder_id: int) -> str:
        nonce = get_random_bytes(self.nonce_size)
        cipher = _AES.new(self._key, self.cipher_mode, nonce=nonce, mac_len=self.tag_size)
        cipher.update(str(bidder_id).encode("ascii"))
        ciphertext, tag = cipher.encrypt_and_digest(hold_reference.encode("utf-8"))
        return base64.b64encode(nonce + tag + ciphertext).decode("ascii")

    def open(self, sealed: str, bidder_id: int) -> str:
        raw = base64.b64decode(sealed)
        nonce = raw[: self.nonce_size]
        tag = raw[self.nonce_size : self.nonce_size + self.tag_size]
        ciphertext = raw[self.nonce_size + self.tag_size :]
        cipher = _AES.new(self._key, self.cipher_mode, nonce=nonce, mac_len=self.tag_size)
        cipher.update(str(bidder_id).encode("ascii"))
        return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")
