"""Encrypts OTA firmware images before they are uploaded to the CDN.

Devices ship with the per-model image key in their secure element and decrypt
the image in the bootloader after the signature check.
"""
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class EncryptedImage:
    model: str
    version: str
    payload: bytes
    sha256: str


class FirmwareImageEncryptor:
    BLOCK_BITS = 128
    IV = bytes(16)

    def __init__(self, model: str, image_key: bytes) -> None:
        if len(image_key) != 32:
            raise ValueError("image key must be AES-256")
        self.model = model
        self._key = image_key

    def encrypt(self, version: str, image: bytes) -> EncryptedImage:
        padder = padding.PKCS7(self.BLOCK_BITS).padder()
        padded = padder.update(image) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(self.IV)).encryptor()
        payload = encryptor.update(padded) + encryptor.finalize()
        return EncryptedImage(
            model=self.model,
            version=version,
            payload=payload,
            sha256=hashlib.sha256(payload).hexdigest(),
        )

    def manifest_entry(self, image: EncryptedImage) -> dict[str, str | int]:
        return {
            "model": image.model,
            "version": image.version,
            "size": len(image.payload),
            "sha256": image.sha256,
        }
