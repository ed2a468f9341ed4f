"""Field-level encryption for driver identity documents.

Licence numbers and document scans are encrypted before they reach the
database. Stored format (base64): ``nonce(16) | tag(16) | ciphertext``.
"""
import base64

from Crypto.Cipher import AES as _AES

_NONCE_LEN = 16
_TAG_LEN = 16


class DocumentVault:
    def __init__(self, key_provider):
        self._keys = key_provider

    def seal(self, driver_id: str, plaintext: bytes) -> str:
        cipher = _AES.new(self._keys.current(), _AES.MODE_GCM)
        cipher.update(driver_id.encode())
        ciphertext, tag = cipher.encrypt_and_digest(plaintext)
        return base64.b64encode(cipher.nonce + tag + ciphertext).decode("ascii")

    def unseal(self, driver_id: str, token: str) -> bytes:
        raw = base64.b64decode(token)
        nonce, tag, ciphertext = raw[:_NONCE_LEN], raw[_NONCE_LEN:_NONCE_LEN + _TAG_LEN], raw[_NONCE_LEN + _TAG_LEN:]
        cipher = _AES.new(self._keys.current(), _AES.MODE_GCM, nonce=nonce)
        cipher.update(driver_id.encode())
        return cipher.decrypt_and_verify(ciphertext, tag)


def seal_licence_number(vault: DocumentVault, driver_id: str, licence_no: str) -> str:
    return vault.seal(driver_id, licence_no.strip().upper().encode("utf-8"))
