"""Encrypts proof PDFs attached to customer e-mails for unreleased titles."""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
FORMAT_VERSION = 1


@dataclass
class SealedProof:
    order_ref: str
    blob: bytes


class ProofSealer:
    """AES-256-GCM envelope: version | nonce | ciphertext, with the order ref as AAD."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("proof key must be 32 bytes")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "PROOF_SEALING_KEY") -> "ProofSealer":
        return cls(bytes.fromhex(os.environ[var]))

    def seal(self, order_ref: str, pdf: bytes) -> SealedProof:
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = self._aead.encrypt(nonce, pdf, order_ref.encode("utf-8"))
        header = struct.pack(">B", FORMAT_VERSION)
        return SealedProof(order_ref, header + nonce + ciphertext)

    def open(self, sealed: SealedProof) -> bytes:
        (version,) = struct.unpack(">B", sealed.blob[:1])
        if version != FORMAT_VERSION:
            raise ValueError(f"unsupported proof envelope v{version}")
        nonce = sealed.blob[1 : 1 + NONCE_BYTES]
        ciphertext = sealed.blob[1 + NONCE_BYTES :]
        return self._aead.decrypt(nonce, ciphertext, sealed.order_ref.encode("utf-8"))


def seal_for_email(order_ref: str, pdf_path: str) -> bytes:
    with open(pdf_path, "rb") as fh:
        return ProofSealer.from_env().seal(order_ref, fh.read()).blob
