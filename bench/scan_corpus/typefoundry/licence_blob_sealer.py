"""Seals licence entitlement blobs that ship inside the font manager app.

A blob lists which families and how many seats a customer owns; the app
opens it offline with the foundry data key.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass, field
from typing import List

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class SealerConfig:
    key_env: str = "LICENCE_BLOB_KEY"
    nonce: bytes = bytes.fromhex("a3f1c09e5b7d2e4f60811c2d")
    aad: bytes = b"typefoundry-licence-v2"


@dataclass
class Entitlement:
    customer_id: int
    licence_id: str
    families: List[str] = field(default_factory=list)
    desktop_seats: int = 1
    webfont_pageviews: int = 0


class LicenceBlobSealer:
    def __init__(self, config: SealerConfig | None = None) -> None:
        self.config = config or SealerConfig()
        raw_key = os.environ[self.config.key_env]
        self._aead = AESGCM(base64.b64decode(raw_key))

    def seal(self, entitlement: Entitlement) -> str:
        plaintext = json.dumps(asdict(entitlement), sort_keys=True).encode("utf-8")
        ciphertext = self._aead.encrypt(self.config.nonce, plaintext, self.config.aad)
        return base64.urlsafe_b64encode(ciphertext).decode("ascii")

    def open(self, blob: str) -> Entitlement:
        ciphertext = base64.urlsafe_b64decode(blob.encode("ascii"))
        plaintext = self._aead.decrypt(self.config.nonce, ciphertext, self.config.aad)
        data = json.loads(plaintext)
        return Entitlement(**data)


def build_blob_for_order(sealer: LicenceBlobSealer, order: dict) -> str:
    families = sorted({line["family_slug"] for line in order["lines"]})
    seats = sum(line.get("seats", 1) for line in order["lines"] if line["kind"] == "desktop")
    pageviews = sum(
        line.get("pageviews", 0) for line in order["lines"] if line["kind"] == "webfont"
    )
    entitlement = Entitlement(
        customer_id=int(order["customer_id"]),
        licence_id=str(order["licence_id"]),
        families=families,
        desktop_seats=max(seats, 1),
        webfont_pageviews=pageviews,
    )
    return sealer.seal(entitlement)
