"""Envelope encryption of uploaded contracts before they reach object storage."""
import base64
import json
import os

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


class DocumentEncryptor:
    def __init__(self, kms_key_id: str | None = None, kms_client=None) -> None:
        self._kms_key_id = kms_key_id or os.environ["CONTRACTS_KMS_KEY_ID"]
        self._kms = kms_client or boto3.client("kms")

    def encrypt(self, document: bytes, document_id: str) -> bytes:
        data_key = self._kms.generate_data_key(KeyId=self._kms_key_id, KeySpec="AES_256")
        nonce = os.urandom(NONCE_LEN)
        ciphertext = AESGCM(data_key["Plaintext"]).encrypt(
            nonce, document, document_id.encode("utf-8")
        )
        header = {
            "v": 1,
            "key": base64.b64encode(data_key["CiphertextBlob"]).decode("ascii"),
            "nonce": base64.b64encode(nonce).decode("ascii"),
        }
        return json.dumps(header).encode("utf-8") + b"\n" + ciphertext

    def decrypt(self, blob: bytes, document_id: str) -> bytes:
        header_line, ciphertext = blob.split(b"\n", 1)
        header = json.loads(header_line)
        if header.get("v") != 1:
            raise ValueError("unknown envelope version")
        data_key = self._kms.decrypt(CiphertextBlob=base64.b64decode(header["key"]))["Plaintext"]
        return AESGCM(data_key).decrypt(
            base64.b64decode(header["nonce"]), ciphertext, document_id.encode("utf-8")
        )
