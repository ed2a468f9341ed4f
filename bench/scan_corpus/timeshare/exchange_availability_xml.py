"""Parse availability responses from the exchange network's legacy XML API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import httpx
from lxml import etree


@dataclass
class ExchangeOffer:
    offer_id: str
    resort_name: str
    region: str
    check_in: date
    nights: int
    points_required: int


class AvailabilityXmlParser:
    def __init__(self) -> None:
        self._parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)

    def parse(self, payload: bytes) -> list[ExchangeOffer]:
        root = etree.fromstring(payload, parser=self._parser)
        offers = []
        for el in root.iter("Offer"):
            offers.append(
                ExchangeOffer(
                    offer_id=el.get("ref", ""),
                    resort_name=el.findtext("Resort/Name", "").strip(),
                    region=el.findtext("Resort/Region", "").strip(),
                    check_in=date.fromisoformat(el.findtext("CheckIn")),
                    nights=int(el.findtext("Nights", "7")),
                    points_required=int(el.findtext("Points", "0")),
                )
            )
        return offers


class LegacyAvailabilityClient:
    def __init__(self, base_url: str, api_key: str) -> None:
        self._http = httpx.Client(base_url=base_url, timeout=20.0,
                                  headers={"X-Api-Key": api_key})
        self._parser = AvailabilityXmlParser()

    @classmethod
    def from_env(cls) -> "LegacyAvailabilityClient":
        return cls(os.environ["EXCHANGE_LEGACY_URL"], os.environ["EXCHANGE_LEGACY_KEY"])

    def offers(self, region: str, month: str) -> list[ExchangeOffer]:
        resp = self._http.get("/availability.xml", params={"region": region, "month": month})
        resp.raise_for_status()
        return self._parser.parse(resp.content)
