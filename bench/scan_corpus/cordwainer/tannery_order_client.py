"""Places standing orders for hides with the tannery's ordering API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("cordwainer.tannery")

TANNERY_API = os.environ.get("TANNERY_API_URL", "https://orders.horween-leather.com/api/v1")


@dataclass
class HideOrderLine:
    article: str
    colour: str
    grade: str
    square_feet: Decimal


class TanneryOrderClient:
    def __init__(self, api_key: str | None = None, base_url: str = TANNERY_API):
        key = api_key or os.environ["TANNERY_API_KEY"]
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Token {key}", "Accept": "application/json"},
            timeout=httpx.Timeout(20.0, connect=5.0),
        )

    def __enter__(self) -> "TanneryOrderClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def availability(self, article: str) -> dict:
        resp = self._client.get("/availability", params={"article": article})
        resp.raise_for_status()
        return resp.json()

    def place_order(self, po_number: str, lines: list[HideOrderLine]) -> str:
        body = {
            "po_number": po_number,
            "lines": [
                {"article": l.article, "colour": l.colour, "grade": l.grade,
                 "square_feet": str(l.square_feet)}
                for l in lines
            ],
        }
        resp = self._client.post("/orders", json=body)
        resp.raise_for_status()
        confirmation = resp.json()["confirmation"]
        log.info("tannery confirmed PO %s as %s (%d lines)", po_number, confirmation, len(lines))
        return confirmation
