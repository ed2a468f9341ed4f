"""Imports the spare-parts catalogue XML feed published by the gondola grip manufacturer."""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import httpx
from lxml import etree

FEED_URL = os.environ.get("GRIP_PARTS_FEED_URL", "")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )


@dataclass
class SparePart:
    part_no: str
    description: str
    assembly: str
    price_eur: Decimal
    lead_time_days: int


def parse_catalogue(xml_bytes: bytes) -> list[SparePart]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    parts: list[SparePart] = []
    for node in root.iter("part"):
        parts.append(
            SparePart(
                part_no=node.get("no", "").strip(),
                description=(node.findtext("description") or "").strip(),
                assembly=(node.findtext("assembly") or "").strip(),
                price_eur=Decimal(node.findtext("price") or "0"),
                lead_time_days=int(node.findtext("leadTime") or 0),
            )
        )
    return parts


def fetch_catalogue(client: httpx.Client | None = None) -> list[SparePart]:
    if not FEED_URL:
        raise RuntimeError("GRIP_PARTS_FEED_URL not configured")
    own_client = client is None
    client = client or httpx.Client(timeout=30.0)
    try:
        response = client.get(FEED_URL)
        response.raise_for_status()
        return parse_catalogue(response.content)
    finally:
        if own_client:
            client.close()


def sync(repository) -> int:
    parts = fetch_catalogue()
    repository.upsert_parts(parts)
    return len(parts)
