"""Envelope encryption for EDI stock orders exchanged with the steel stockholder."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class PartnerProfile:
    partner_code: str
    key_hex: str
    block_bits: int = 64


class EdiEnvelope:
    """Wraps order documents (flat bar, box section, plate) for the partner gateway."""

    _ALGORITHM_FACTORY: Callable[[bytes], algorithms.BlockCipherAlgorithm] = staticmethod(
        lambda key: algorithms.TripleDES(key)
    )

    def __init__(self, profile: PartnerProfile) -> None:
        self.profile = profile
        self._key = bytes.fromhex(profile.key_hex)

    def _cipher(self, iv: bytes) -> Cipher:
        return Cipher(self._ALGORITHM_FACTORY(self._key), modes.CBC(iv))

    def wrap(self, document: bytes) -> bytes:
        iv = os.urandom(self.profile.block_bits // 8)
        padder = padding.PKCS7(self.profile.block_bits).padder()
        body = padder.update(document) + padder.finalize()
        enc = self._cipher(iv).encryptor()
        return iv + enc.update(body) + enc.finalize()

    def unwrap(self, envelope: bytes) -> bytes:
        size = self.profile.block_bits // 8
        iv, body = envelope[:size], envelope[size:]
        dec = self._cipher(iv).decryptor()
        padded = dec.update(body) + dec.finalize()
        unpadder = padding.PKCS7(self.profile.block_bits).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


PARTNERS: Dict[str, PartnerProfile] = {}


def register_partner(code: str) -> PartnerProfile:
    profile = PartnerProfile(partner_code=code, key_hex=os.environ[f"EDI_KEY_{code.upper()}"])
    PARTNERS[code] = profile
    return profile


def build_order(partner: str, lines: list[tuple[str, int]]) -> bytes:
    doc = "\n".join(f"{sku}|{qty}" for sku, qty in lines).encode("ascii")
    return EdiEnvelope(PARTNERS[partner]).wrap(doc)
