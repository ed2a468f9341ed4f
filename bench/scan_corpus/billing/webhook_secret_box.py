"""Encrypts outbound webhook signing secrets before they are stored."""
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class SealedSecret:
    nonce: bytes
    ciphertext: bytes
    tag: bytes


def seal(key: bytes, secret: bytes, endpoint_id: str) -> SealedSecret:
    nonce = os.urandom(12)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(endpoint_id.encode())
    ct = encryptor.update(secret) + encryptor.finalize()
    return SealedSecret(nonce=nonce, ciphertext=ct, tag=encryptor.tag)


def unseal(key: bytes, sealed: SealedSecret, endpoint_id: str) -> bytes:
    decryptor = Cipher(algorithms.AES(key), modes.GCM(sealed.nonce, sealed.tag)).decryptor()
    decryptor.authenticate_additional_data(endpoint_id.encode())
    return decryptor.update(sealed.ciphertext) + decryptor.finalize()
