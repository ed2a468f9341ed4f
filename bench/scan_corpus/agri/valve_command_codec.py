"""Encrypted command frames for centre-pivot and drip valve controllers.

Frame layout: AES-128-CBC ciphertext followed by a 32-byte HMAC-SHA256 tag
over the ciphertext. Keys are provisioned per irrigation district.
"""
import hashlib
import hmac
import json
import os
import time

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class FrameError(ValueError):
    pass


class ValveCommandCodec:
    tag_len = 32
    block_iv = bytes.fromhex("6a1f0c93d27b48e5a0c4f1b27d93e6c8")

    def __init__(self, enc_key: bytes, mac_key: bytes):
        if len(enc_key) != 16:
            raise ValueError("controllers expect a 128-bit key")
        self._enc_key = enc_key
        self._mac_key = mac_key

    @classmethod
    def from_env(cls) -> "ValveCommandCodec":
        return cls(
            bytes.fromhex(os.environ["VALVE_ENC_KEY"]),
            bytes.fromhex(os.environ["VALVE_MAC_KEY"]),
        )

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._enc_key), modes.CBC(self.block_iv))

    def encode(self, controller_id: str, zone: int, action: str, duration_s: int) -> bytes:
        body = json.dumps({
            "c": controller_id, "z": zone, "a": action,
            "d": duration_s, "t": int(time.time()),
        }, separators=(",", ":")).encode()
        padder = padding.PKCS7(128).padder()
        padded = padder.update(body) + padder.finalize()
        enc = self._cipher().encryptor()
        ct = enc.update(padded) + enc.finalize()
        return ct + hmac.new(self._mac_key, ct, hashlib.sha256).digest()

    def decode(self, frame: bytes) -> dict:
        ct, tag = frame[:-self.tag_len], frame[-self.tag_len:]
        expected = hmac.new(self._mac_key, ct, hashlib.sha256).digest()
        if not hmac.compare_digest(tag, expected):
            raise FrameError("bad frame tag")
        dec = self._cipher().decryptor()
        padded = dec.update(ct) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())
