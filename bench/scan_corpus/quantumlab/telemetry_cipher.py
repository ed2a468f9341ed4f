"""Encrypts cryostat telemetry frames before they are pushed to cold storage.

Each frame is a fixed-layout binary record (temperatures, pressures,
pulse-tube state) produced by the fridge controller once per second.
"""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ["TELEMETRY_ARCHIVE_KEY"])
    if len(key) != 32:
        raise RuntimeError("TELEMETRY_ARCHIVE_KEY must be 32 bytes hex-encoded")
    return key


class FrameCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def encrypt_frame(self, frame: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(frame) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.ECB()).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def decrypt_frame(self, blob: bytes) -> bytes:
        decryptor = Cipher(algorithms.AES(self._key), modes.ECB()).decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


def encrypt_batch(frames: list[bytes]) -> list[bytes]:
    cipher = FrameCipher()
    return [cipher.encrypt_frame(f) for f in frames]
