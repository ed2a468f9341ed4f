"""Parses the nightly XML rate feeds that partner guesthouses drop on our SFTP server."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from lxml import etree

log = logging.getLogger(__name__)

FEED_NS = {"r": "urn:cycletouring:guesthouse-rates:2"}


@dataclass(frozen=True)
class NightlyRate:
    guesthouse_code: str
    night: date
    room_type: str
    price: Decimal
    currency: str
    includes_breakfast: bool


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def parse_rate_feed(path: Path) -> list[NightlyRate]:
    """Reads one feed file; raises ValueError if it is not a rate feed."""
    tree = etree.parse(str(path), _parser())
    root = tree.getroot()
    if etree.QName(root).localname != "rateFeed":
        raise ValueError(f"{path.name}: unexpected root element {root.tag}")

    house = root.get("guesthouse")
    if not house:
        raise ValueError(f"{path.name}: missing guesthouse attribute")

    rates: list[NightlyRate] = []
    for node in root.iterfind("r:rate", FEED_NS):
        rates.append(
            NightlyRate(
                guesthouse_code=house,
                night=date.fromisoformat(node.findtext("r:night", namespaces=FEED_NS)),
                room_type=node.findtext("r:roomType", default="double", namespaces=FEED_NS),
                price=Decimal(node.findtext("r:price", namespaces=FEED_NS)),
                currency=node.find("r:price", FEED_NS).get("currency", "EUR"),
                includes_breakfast=node.findtext("r:breakfast", default="false", namespaces=FEED_NS)
                == "true",
            )
        )
    return rates


def import_drop_folder(folder: Path, repo) -> int:
    """Parses every *.xml in the drop folder and stores the rates; returns the count."""
    total = 0
    for feed in sorted(folder.glob("*.xml")):
        try:
            rates = parse_rate_feed(feed)
        except (etree.XMLSyntaxError, ValueError) as exc:
            log.warning("skipping feed %s: %s", feed.name, exc)
            continue
        repo.upsert_rates(rates)
        feed.rename(feed.with_suffix(".done"))
        total += len(rates)
    log.info("imported %d nightly rates from %s", total, folder)
    return total
