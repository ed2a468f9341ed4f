"""Key management for digital postage indicia (print-at-home stamps).

Every online-shop customer that prints postage gets its own signing key.
The public half is published to the sorting-centre scanners so they can
validate the indicium printed on each envelope.
"""
from __future__ import annotations

import base64

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def new_indicia_keypair(bits: int = 1024, exponent: int = 65537) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=exponent, key_size=bits)


def sign_indicium(key: rsa.RSAPrivateKey, indicium: bytes) -> str:
    signature = key.sign(
        indicium,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return base64.b64encode(signature).decode()


class IndiciaKeyStore:
    """Stores customer keys wrapped by KMS and publishes the public keys."""

    def __init__(self, kms_client, kms_key_id: str, repository):
        self._kms = kms_client
        self._kms_key_id = kms_key_id
        self._repo = repository

    def rotate(self, customer_id: str) -> str:
        key = new_indicia_keypair()
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.NoEncryption(),
        )
        wrapped = self._kms.encrypt(KeyId=self._kms_key_id, Plaintext=pem)["CiphertextBlob"]
        public_pem = key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        ).decode()
        return self._repo.save_key(customer_id, wrapped, public_pem)
