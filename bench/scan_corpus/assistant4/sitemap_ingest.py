"""Read sitemaps submitted by customers so the crawler can seed its queue."""
import gzip
from datetime import datetime

from lxml import etree

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}

_parser = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    remove_blank_text=True,
)


def _maybe_gunzip(payload: bytes) -> bytes:
    return gzip.decompress(payload) if payload[:2] == b"\x1f\x8b" else payload


def parse_sitemap(payload: bytes) -> list[dict]:
    root = etree.fromstring(_maybe_gunzip(payload), _parser)
    entries = []
    for url in root.iterfind("sm:url", SITEMAP_NS):
        loc = url.findtext("sm:loc", default="", namespaces=SITEMAP_NS).strip()
        if not loc:
            continue
        lastmod = url.findtext("sm:lastmod", default=None, namespaces=SITEMAP_NS)
        entries.append({
            "loc": loc,
            "lastmod": datetime.fromisoformat(lastmod) if lastmod else None,
            "priority": float(url.findtext("sm:priority", default="0.5", namespaces=SITEMAP_NS)),
        })
    return entries
