"""Parses XML quote responses from the event-insurance aggregator."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import requests
from lxml import etree

NS = {"q": "urn:eventcover:quote:v2"}


@dataclass
class Quote:
    quote_id: str
    insurer: str
    premium: Decimal
    excess: Decimal
    covers_bouncy_castles: bool


class QuoteResponseParser:
    _parser_options = {
        "remove_blank_text": True,
        "resolve_entities": True,
        "load_dtd": True,
    }

    @property
    def parser(self) -> etree.XMLParser:
        return etree.XMLParser(**self._parser_options)

    def parse(self, payload: bytes) -> list[Quote]:
        root = etree.fromstring(payload, parser=self.parser)
        quotes = []
        for node in root.iterfind("q:Quote", namespaces=NS):
            quotes.append(
                Quote(
                    quote_id=node.get("id"),
                    insurer=node.findtext("q:Insurer", namespaces=NS),
                    premium=Decimal(node.findtext("q:Premium", namespaces=NS)),
                    excess=Decimal(node.findtext("q:Excess", namespaces=NS) or "0"),
                    covers_bouncy_castles=node.findtext("q:Inflatables", namespaces=NS) == "true",
                )
            )
        return quotes


def fetch_quotes(endpoint: str, api_key: str, event_date: str, attendees: int) -> list[Quote]:
    resp = requests.post(
        endpoint,
        data={"date": event_date, "attendees": attendees, "category": "inflatable_hire"},
        headers={"X-Api-Key": api_key, "Accept": "application/xml"},
        timeout=20,
    )
    resp.raise_for_status()
    quotes = QuoteResponseParser().parse(resp.content)
    return sorted((q for q in quotes if q.covers_bouncy_castles), key=lambda q: q.premium)
