"""Reads the care-label feed that fashion brands send for garments we clean under warranty."""
from __future__ import annotations

from dataclasses import dataclass

import defusedxml.ElementTree as DET
import requests

CARE_SYMBOLS = {
    "P": "dry clean with perchloroethylene",
    "F": "dry clean with hydrocarbon solvent only",
    "W": "professional wet clean",
    "X": "do not dry clean",
}


@dataclass
class CareInstruction:
    sku: str
    brand: str
    symbol: str
    max_temp_c: int | None

    @property
    def process(self) -> str:
        return CARE_SYMBOLS.get(self.symbol, "manual check required")


def parse_feed(xml_bytes: bytes) -> list[CareInstruction]:
    root = DET.fromstring(xml_bytes)
    out = []
    for item in root.iter("Garment"):
        temp = item.findtext("MaxTemp")
        out.append(
            CareInstruction(
                sku=item.get("sku", ""),
                brand=item.findtext("Brand", "").strip(),
                symbol=item.findtext("ProfessionalCare", "").strip().upper(),
                max_temp_c=int(temp) if temp and temp.isdigit() else None,
            )
        )
    return out


class BrandFeedClient:
    def __init__(self, feed_urls: dict[str, str], session: requests.Session | None = None) -> None:
        self.feed_urls = feed_urls
        self.session = session or requests.Session()

    def pull(self, brand: str) -> list[CareInstruction]:
        resp = self.session.get(self.feed_urls[brand], timeout=30)
        resp.raise_for_status()
        return parse_feed(resp.content)
