"""Seals cocoa bean lot certificates before they are shared with retailers.

Origin certificates (farm, co-operative, fermentation and drying records)
are encrypted with the traceability key so retailers can only read them
through the partner portal.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class LotCertificate:
    lot_code: str
    farm: str
    cooperative: str
    country: str
    harvest_season: str
    fermentation_days: int
    organic: bool


class CertificateSealer:
    NONCE = b"cacao-lot-01"
    ASSOCIATED = b"chocolatier/lot-certificate/v2"

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_environment(cls) -> "CertificateSealer":
        return cls(base64.b64decode(os.environ["LOT_CERT_KEY"]))

    def seal(self, cert: LotCertificate) -> str:
        payload = json.dumps(cert.__dict__, sort_keys=True).encode()
        sealed = self._aead.encrypt(self.NONCE, payload, self.ASSOCIATED)
        return base64.urlsafe_b64encode(sealed).decode()

    def unseal(self, token: str) -> LotCertificate:
        sealed = base64.urlsafe_b64decode(token.encode())
        payload = self._aead.decrypt(self.NONCE, sealed, self.ASSOCIATED)
        return LotCertificate(**json.loads(payload))


def seal_batch(certs: list[LotCertificate]) -> dict[str, str]:
    sealer = CertificateSealer.from_environment()
    return {cert.lot_code: sealer.seal(cert) for cert in certs}
