"""Client for the tonewood supplier's trade API.

Checks availability of spruce tops, maple backs and ebony fingerboard
blanks and places reservations for specific billets. The supplier issues
one API key per trade account, provided to us as TONEWOOD_API_KEY.
"""
import os
from dataclasses import dataclass
from typing import Optional

import requests

SUPPLIER_API = "https://trade.alpinetonewood.com/api/v3"


@dataclass
class Billet:
    billet_id: str
    species: str
    grade: str
    cut: str
    price: float


class TonewoodSupplier:
    def __init__(self, api_key: Optional[str] = None, timeout: float = 15.0):
        self.session = requests.Session()
        self.session.headers.update({
            "X-Api-Key": api_key or os.environ["TONEWOOD_API_KEY"],
            "Accept": "application/json",
        })
        self.timeout = timeout

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{SUPPLIER_API}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def search(self, species: str, grade: str = "AAA", cut: str = "quarter") -> list[Billet]:
        data = self._get("/billets", species=species, grade=grade, cut=cut)
        return [
            Billet(b["id"], b["species"], b["grade"], b["cut"], float(b["price"]))
            for b in data["billets"]
        ]

    def reserve(self, billet_id: str, commission_ref: str) -> str:
        resp = self.session.post(
            f"{SUPPLIER_API}/reservations",
            json={"billet_id": billet_id, "customer_reference": commission_ref},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["reservation_id"]
