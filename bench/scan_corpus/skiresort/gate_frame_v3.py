"""v3 ticket frame for the new generation of turnstile controllers.

Frame layout (encrypt-then-MAC):

    version (1) | iv (16) | AES-256-CBC ciphertext | HMAC-SHA256 tag (32)

The controller firmware only has an AES-CBC engine, hence the CBC + HMAC
construction instead of an AEAD mode.
"""
import os

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.hmac import HMAC

FRAME_VERSION = b"\x03"
IV_LEN = 16
TAG_LEN = 32


class FrameCodec:
    def __init__(self, enc_key: bytes | None = None, mac_key: bytes | None = None):
        self._enc_key = enc_key or bytes.fromhex(os.environ["GATE_V3_ENC_KEY"])
        self._mac_key = mac_key or bytes.fromhex(os.environ["GATE_V3_MAC_KEY"])

    def _tag(self, data: bytes) -> HMAC:
        mac = HMAC(self._mac_key, hashes.SHA256())
        mac.update(data)
        return mac

    def encode(self, record: bytes) -> bytes:
        iv = os.urandom(IV_LEN)
        padder = padding.PKCS7(128).padder()
        padded = padder.update(record) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).encryptor()
        body = FRAME_VERSION + iv + encryptor.update(padded) + encryptor.finalize()
        return body + self._tag(body).finalize()

    def decode(self, frame: bytes) -> bytes:
        if len(frame) < 1 + IV_LEN + 16 + TAG_LEN or frame[:1] != FRAME_VERSION:
            raise ValueError("malformed frame")
        body, tag = frame[:-TAG_LEN], frame[-TAG_LEN:]
        self._tag(body).verify(tag)
        iv, ciphertext = body[1:1 + IV_LEN], body[1 + IV_LEN:]
        decryptor = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).decryptor()
        padded = decryptor.update(ciphertext) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
