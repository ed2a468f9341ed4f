"""Parses the Sparkle-style appcast feed used by the desktop update checker."""
from dataclasses import dataclass

import requests
from lxml import etree
from packaging.version import Version

SPARKLE_NS = "http://www.andymatuschak.org/xml-namespaces/sparkle"


@dataclass
class Release:
    version: Version
    url: str
    length: int
    ed_signature: str


def fetch_appcast(feed_url: str) -> bytes:
    resp = requests.get(feed_url, timeout=15)
    resp.raise_for_status()
    return resp.content


def parse_appcast(xml_bytes: bytes) -> list[Release]:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)
    releases = []
    for item in root.iter("item"):
        enclosure = item.find("enclosure")
        if enclosure is None:
            continue
        releases.append(
            Release(
                version=Version(enclosure.get(f"{{{SPARKLE_NS}}}shortVersionString") or enclosure.get(f"{{{SPARKLE_NS}}}version")),
                url=enclosure.get("url"),
                length=int(enclosure.get("length", "0")),
                ed_signature=enclosure.get(f"{{{SPARKLE_NS}}}edSignature", ""),
            )
        )
    return sorted(releases, key=lambda r: r.version, reverse=True)


def newest_release(feed_url: str, current: str) -> Release | None:
    releases = parse_appcast(fetch_appcast(feed_url))
    if releases and releases[0].version > Version(current):
        return releases[0]
    return None
