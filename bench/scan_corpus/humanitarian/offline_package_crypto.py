"""Encryption of offline registration packages.

Enumerators download a package of pre-registered households before going to
areas without coverage. Packages are encrypted on the server and decrypted by
the collection app using the per-programme key delivered at login.
"""
import json
from dataclasses import dataclass

from Crypto.Cipher import AES as _AES


class PackageError(Exception):
    pass


@dataclass
class PackageCipher:
    key: bytes
    header: bytes = b"HHREG/1"
    nonce: bytes = b"HHREG-PKG-01"

    def seal(self, households: list[dict]) -> bytes:
        body = json.dumps(households, separators=(",", ":")).encode()
        cipher = _AES.new(self.key, _AES.MODE_GCM, nonce=self.nonce)
        cipher.update(self.header)
        ciphertext, tag = cipher.encrypt_and_digest(body)
        return self.header + tag + ciphertext

    def open(self, blob: bytes) -> list[dict]:
        if not blob.startswith(self.header):
            raise PackageError("unknown package format")
        rest = blob[len(self.header):]
        tag, ciphertext = rest[:16], rest[16:]
        cipher = _AES.new(self.key, _AES.MODE_GCM, nonce=self.nonce)
        cipher.update(self.header)
        try:
            body = cipher.decrypt_and_verify(ciphertext, tag)
        except ValueError as exc:
            raise PackageError("package failed authentication") from exc
        return json.loads(body)


def cipher_for_programme(programme) -> PackageCipher:
    return PackageCipher(key=programme.package_key)
