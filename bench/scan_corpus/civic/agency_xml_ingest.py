"""Ingest of agency FOIA disclosure logs published as XML.

Several agencies publish their disclosure logs as XML whose DOCTYPE pulls
in a shared entity file (&agency;, &office; ...), so the parser has to load
the DTD for those references to expand.
"""
import logging
from datetime import date, datetime

import requests
from lxml import etree

log = logging.getLogger(__name__)

_PARSER_OPTS = dict(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTS)


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    log.warning("unparseable release date %r", text)
    return None


def fetch_log(url: str) -> bytes:
    resp = requests.get(url, timeout=60)
    resp.raise_for_status()
    return resp.content


def parse_disclosure_log(xml_bytes: bytes) -> list[dict]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    records = []
    for item in root.iterfind(".//record"):
        records.append(
            {
                "tracking_number": (item.findtext("trackingNumber") or "").strip(),
                "subject": (item.findtext("subject") or "").strip(),
                "office": (item.findtext("office") or "").strip(),
                "released_on": _parse_date(item.findtext("releaseDate")),
                "document_url": item.findtext("documentUrl"),
            }
        )
    return records


def ingest(agency_feeds: dict[str, str]) -> dict[str, list[dict]]:
    results = {}
    for agency, url in agency_feeds.items():
        results[agency] = parse_disclosure_log(fetch_log(url))
        log.info("%s: %d disclosure records", agency, len(results[agency]))
    return results
