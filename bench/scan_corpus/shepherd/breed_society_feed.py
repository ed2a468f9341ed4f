"""Imports the breed society's monthly ram performance feed.

The society publishes estimated breeding values for registered rams as an
XML file; the farm pulls it to rank sires before the ram sale.
"""
from __future__ import annotations

from dataclasses import dataclass

import requests
from lxml import etree

from shepherd.settings import settings

FEED_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass
class SireRecord:
    flock_no: str
    tag: str
    name: str
    ebv_weaning_weight: float
    ebv_fleece_weight: float
    accuracy: int


def _float(node, path: str) -> float:
    text = node.findtext(path)
    return float(text) if text not in (None, "") else 0.0


def parse_feed(payload: bytes) -> list[SireRecord]:
    root = etree.fromstring(payload, parser=FEED_PARSER)
    records = []
    for ram in root.iterfind("Ram"):
        records.append(
            SireRecord(
                flock_no=ram.get("flock"),
                tag=ram.findtext("Tag", "").strip(),
                name=ram.findtext("Name", "").strip(),
                ebv_weaning_weight=_float(ram, "EBV/WWT"),
                ebv_fleece_weight=_float(ram, "EBV/FW"),
                accuracy=int(ram.findtext("EBV/Accuracy") or 0),
            )
        )
    return records


def fetch_feed(month: str) -> list[SireRecord]:
    resp = requests.get(f"{settings.breed_society_feed_url}/{month}.xml", timeout=30)
    resp.raise_for_status()
    return parse_feed(resp.content)


def top_sires(records: list[SireRecord], n: int = 10, min_accuracy: int = 60) -> list[SireRecord]:
    eligible = [r for r in records if r.accuracy >= min_accuracy]
    return sorted(eligible, key=lambda r: r.ebv_weaning_weight + 2 * r.ebv_fleece_weight, reverse=True)[:n]
