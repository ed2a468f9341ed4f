"""Envelope encryption for tyre hotel customer records.

Storage records hold the customer's phone number and address for the
seasonal swap reminder. Each record gets its own data key; the data key is
wrapped with the warehouse key-encryption key and stored alongside.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap, aes_key_wrap

NONCE_BYTES = 12


@dataclass
class SealedRecord:
    wrapped_key: bytes
    nonce: bytes
    ciphertext: bytes


class RecordVault:
    def __init__(self, kek: bytes | None = None) -> None:
        self._kek = kek or bytes.fromhex(os.environ["TYRE_HOTEL_KEK_HEX"])
        if len(self._kek) not in (16, 24, 32):
            raise ValueError("KEK must be 128, 192 or 256 bits")

    def seal(self, record_id: str, plaintext: bytes) -> SealedRecord:
        data_key = AESGCM.generate_key(bit_length=256)
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = AESGCM(data_key).encrypt(nonce, plaintext, record_id.encode())
        return SealedRecord(
            wrapped_key=aes_key_wrap(self._kek, data_key),
            nonce=nonce,
            ciphertext=ciphertext,
        )

    def open(self, record_id: str, sealed: SealedRecord) -> bytes:
        data_key = aes_key_unwrap(self._kek, sealed.wrapped_key)
        return AESGCM(data_key).decrypt(sealed.nonce, sealed.ciphertext, record_id.encode())

    def rewrap(self, sealed: SealedRecord, new_kek: bytes) -> SealedRecord:
        data_key = aes_key_unwrap(self._kek, sealed.wrapped_key)
        return SealedRecord(
            wrapped_key=aes_key_wrap(new_kek, data_key),
            nonce=sealed.nonce,
            ciphertext=sealed.ciphertext,
        )
