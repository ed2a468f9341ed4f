"""Reads the release feed polled by the desktop update checker."""
from dataclasses import dataclass

import httpx
from lxml import etree
from packaging.version import InvalidVersion, Version

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


@dataclass(frozen=True)
class FeedEntry:
    version: Version
    download_url: str
    sha256: str
    notes: str


def parse_feed(xml_bytes: bytes) -> list[FeedEntry]:
    root = etree.fromstring(xml_bytes, _PARSER)
    entries = []
    for rel in root.iterfind("release"):
        try:
            version = Version(rel.get("version", ""))
        except InvalidVersion:
            continue
        entries.append(
            FeedEntry(
                version=version,
                download_url=rel.findtext("url", default=""),
                sha256=rel.findtext("sha256", default=""),
                notes=rel.findtext("notes", default=""),
            )
        )
    return sorted(entries, key=lambda e: e.version, reverse=True)


def check_for_update(feed_url: str, current: str) -> FeedEntry | None:
    with httpx.Client(timeout=15.0, follow_redirects=True) as client:
        resp = client.get(feed_url)
        resp.raise_for_status()
    entries = parse_feed(resp.content)
    if entries and entries[0].version > Version(current):
        return entries[0]
    return None
