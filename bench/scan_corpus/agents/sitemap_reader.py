"""Discovers product URLs from a retailer's sitemap index for the crawler."""
import gzip
import logging
from collections.abc import Iterator

import requests
from defusedxml import ElementTree as DET

log = logging.getLogger(__name__)

SM_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
MAX_SITEMAPS = 500


def _get_xml(session: requests.Session, url: str) -> bytes:
    resp = session.get(url, timeout=30)
    resp.raise_for_status()
    body = resp.content
    if url.endswith(".gz") and body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    return body


def iter_product_urls(session: requests.Session, index_url: str, prefix: str) -> Iterator[str]:
    root = DET.fromstring(_get_xml(session, index_url))
    sitemap_urls = [loc.text.strip() for loc in root.findall("sm:sitemap/sm:loc", SM_NS) if loc.text]
    for sitemap_url in sitemap_urls[:MAX_SITEMAPS]:
        try:
            urlset = DET.fromstring(_get_xml(session, sitemap_url))
        except (requests.RequestException, DET.ParseError) as exc:
            log.warning("skipping %s: %s", sitemap_url, exc)
            continue
        for loc in urlset.findall("sm:url/sm:loc", SM_NS):
            if loc.text and loc.text.strip().startswith(prefix):
                yield loc.text.strip()
