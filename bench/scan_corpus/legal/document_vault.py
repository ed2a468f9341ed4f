"""Envelope encryption for documents held in the matter vault.

Each document gets its own data key from KMS; only the wrapped key is
persisted next to the ciphertext.
"""
from dataclasses import dataclass

import boto3
from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class SealedDocument:
    wrapped_key: bytes
    ciphertext: bytes


class VaultCipher:
    def __init__(self, kms_key_id: str, kms_client=None):
        self._kms = kms_client or boto3.client("kms")
        self._kms_key_id = kms_key_id

    @staticmethod
    def _cipher(key: bytes):
        return _AES.new(key, _AES.MODE_ECB)

    def seal(self, payload: bytes) -> SealedDocument:
        resp = self._kms.generate_data_key(KeyId=self._kms_key_id, KeySpec="AES_256")
        ciphertext = self._cipher(resp["Plaintext"]).encrypt(pad(payload, _AES.block_size))
        return SealedDocument(wrapped_key=resp["CiphertextBlob"], ciphertext=ciphertext)

    def open(self, sealed: SealedDocument) -> bytes:
        key = self._kms.decrypt(CiphertextBlob=sealed.wrapped_key)["Plaintext"]
        return unpad(self._cipher(key).decrypt(sealed.ciphertext), _AES.block_size)


def seal_file(vault: VaultCipher, path: str) -> SealedDocument:
    with open(path, "rb") as fh:
        return vault.seal(fh.read())
