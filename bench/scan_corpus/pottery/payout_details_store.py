"""Store consignment artists' payout bank details for the ceramics shop."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

NONCE_LEN = 12
TAG_LEN = 16


@dataclass
class PayoutDetails:
    artist_id: int
    account_name: str
    sort_code: str
    account_number: str

    def serialise(self) -> bytes:
        return "|".join([self.account_name, self.sort_code, self.account_number]).encode()


def _key() -> bytes:
    key = base64.b64decode(os.environ["PAYOUT_DETAILS_KEY"])
    if len(key) != 32:
        raise ValueError("payout key must be 256 bits")
    return key


def encrypt_details(details: PayoutDetails) -> str:
    nonce = os.urandom(NONCE_LEN)
    encryptor = Cipher(algorithms.AES(_key()), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(str(details.artist_id).encode())
    ciphertext = encryptor.update(details.serialise()) + encryptor.finalize()
    return base64.b64encode(nonce + ciphertext + encryptor.tag).decode()


def decrypt_details(artist_id: int, token: str) -> PayoutDetails:
    raw = base64.b64decode(token)
    nonce, ciphertext, tag = raw[:NONCE_LEN], raw[NONCE_LEN:-TAG_LEN], raw[-TAG_LEN:]
    decryptor = Cipher(algorithms.AES(_key()), modes.GCM(nonce, tag)).decryptor()
    decryptor.authenticate_additional_data(str(artist_id).encode())
    plaintext = decryptor.update(ciphertext) + decryptor.finalize()
    name, sort_code, number = plaintext.decode().split("|")
    return PayoutDetails(artist_id, name, sort_code, number)


def masked(details: PayoutDetails) -> str:
    return f"{details.account_name} ****{details.account_number[-4:]}"
