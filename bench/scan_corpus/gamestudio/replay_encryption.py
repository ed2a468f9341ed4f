"""Encryption for match replays shared through the spectator CDN."""
import hashlib
import hmac
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

IV_BYTES = 16
MAC_BYTES = 32


class ReplayCipher:
    """AES-256-CBC with an HMAC-SHA256 over iv||ciphertext (encrypt-then-MAC)."""

    def __init__(self, enc_key: bytes, mac_key: bytes):
        self._enc_key = enc_key
        self._mac_key = mac_key

    @classmethod
    def from_env(cls) -> "ReplayCipher":
        return cls(
            bytes.fromhex(os.environ["REPLAY_ENC_KEY"]),
            bytes.fromhex(os.environ["REPLAY_MAC_KEY"]),
        )

    def _mac(self, data: bytes) -> bytes:
        return hmac.new(self._mac_key, data, hashlib.sha256).digest()

    def encrypt(self, replay: bytes) -> bytes:
        iv = os.urandom(IV_BYTES)
        cipher = AES.new(self._enc_key, AES.MODE_CBC, iv=iv)
        body = iv + cipher.encrypt(pad(replay, AES.block_size))
        return body + self._mac(body)

    def decrypt(self, blob: bytes) -> bytes:
        body, tag = blob[:-MAC_BYTES], blob[-MAC_BYTES:]
        if not hmac.compare_digest(self._mac(body), tag):
            raise ValueError("replay failed integrity check")
        iv, ciphertext = body[:IV_BYTES], body[IV_BYTES:]
        cipher = AES.new(self._enc_key, AES.MODE_CBC, iv=iv)
        return unpad(cipher.decrypt(ciphertext), AES.block_size)
