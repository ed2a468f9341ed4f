"""Nightly transfer of closed cabin folios to the shoreside property-management system.

The PMS accepts one encrypted JSON document per folio over its HTTPS import
endpoint. Endpoint and key material come from the ship's integration config.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger("pms.bridge")


@dataclass
class FolioLine:
    posted_at: str
    outlet: str
    description: str
    amount: Decimal


@dataclass
class ClosedFolio:
    folio_id: str
    cabin: str
    booking_ref: str
    currency: str
    lines: list[FolioLine]

    def to_document(self) -> dict:
        return {
            "folio": self.folio_id,
            "cabin": self.cabin,
            "booking": self.booking_ref,
            "currency": self.currency,
            "lines": [
                {"ts": l.posted_at, "outlet": l.outlet, "desc": l.description, "amt": str(l.amount)}
                for l in self.lines
            ],
            "total": str(sum((l.amount for l in self.lines), Decimal("0"))),
        }


class PmsBridge:
    def __init__(self, base_url: str, key: bytes, timeout: float = 20.0):
        self._base_url = base_url.rstrip("/")
        self._key = DES3.adjust_key_parity(key)
        self._timeout = timeout
        self._http = requests.Session()

    @classmethod
    def from_env(cls) -> "PmsBridge":
        return cls(os.environ["PMS_IMPORT_URL"], base64.b64decode(os.environ["PMS_FOLIO_KEY"]))

    def _encrypt(self, document: dict) -> dict:
        iv = get_random_bytes(8)
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv)
        body = cipher.encrypt(pad(json.dumps(document).encode("utf-8"), 8))
        return {"iv": base64.b64encode(iv).decode(), "data": base64.b64encode(body).decode()}

    def push(self, folio: ClosedFolio) -> None:
        envelope = self._encrypt(folio.to_document())
        resp = self._http.post(
            f"{self._base_url}/folios/{folio.folio_id}", json=envelope, timeout=self._timeout
        )
        resp.raise_for_status()
        log.info("folio %s for cabin %s transferred", folio.folio_id, folio.cabin)

    def push_all(self, folios) -> int:
        sent = 0
        for folio in folios:
            try:
                self.push(folio)
                sent += 1
            except requests.RequestException as exc:
                log.warning("folio %s not transferred: %s", folio.folio_id, exc)
        return sent
