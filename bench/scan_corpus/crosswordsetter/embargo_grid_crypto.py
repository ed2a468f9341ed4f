"""Seal embargoed puzzles before they are sent to partners early.

Partners receive puzzles up to a week before publication. The package is
encrypted with the partner's data key and opened by their ingest system on
the release date. Each sealed package carries its own random nonce.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
FORMAT_TAG = b"xw-embargo-v2"


@dataclass(frozen=True)
class SealedPackage:
    partner: str
    release_date: str
    nonce_b64: str
    body_b64: str

    def to_json(self) -> str:
        return json.dumps(self.__dict__)


class EmbargoSealer:
    def __init__(self, partner_keys: dict[str, bytes]) -> None:
        for slug, key in partner_keys.items():
            if len(key) not in (16, 24, 32):
                raise ValueError(f"bad key length for partner {slug}")
        self._keys = partner_keys

    def _aad(self, partner: str, release_date: str) -> bytes:
        return b"|".join([FORMAT_TAG, partner.encode(), release_date.encode()])

    def seal(self, partner: str, release_date: str, package: dict) -> SealedPackage:
        aead = AESGCM(self._keys[partner])
        nonce = os.urandom(NONCE_BYTES)
        body = aead.encrypt(
            nonce,
            json.dumps(package, ensure_ascii=False).encode("utf-8"),
            self._aad(partner, release_date),
        )
        return SealedPackage(
            partner=partner,
            release_date=release_date,
            nonce_b64=base64.b64encode(nonce).decode("ascii"),
            body_b64=base64.b64encode(body).decode("ascii"),
        )

    def open(self, sealed: SealedPackage) -> dict:
        aead = AESGCM(self._keys[sealed.partner])
        plain = aead.decrypt(
            base64.b64decode(sealed.nonce_b64),
            base64.b64decode(sealed.body_b64),
            self._aad(sealed.partner, sealed.release_date),
        )
        return json.loads(plain)
