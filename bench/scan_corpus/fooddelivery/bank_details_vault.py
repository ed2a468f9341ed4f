"""Encrypts restaurant and courier bank account details before they are stored."""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _cipher() -> Cipher:
    key = base64.b64decode(os.environ["BANK_DETAILS_KEY"])
    return Cipher(algorithms.AES(key), modes.ECB())


def encrypt_iban(iban: str) -> str:
    padder = padding.PKCS7(128).padder()
    data = padder.update(iban.replace(" ", "").upper().encode()) + padder.finalize()
    encryptor = _cipher().encryptor()
    return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode()


def decrypt_iban(token: str) -> str:
    decryptor = _cipher().decryptor()
    padded = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(padded) + unpadder.finalize()).decode()


def masked(iban: str) -> str:
    compact = iban.replace(" ", "")
    return f"{compact[:4]} **** **** {compact[-4:]}"
