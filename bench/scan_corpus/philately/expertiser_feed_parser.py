"""Parses the weekly XML bulletin of revoked certificates from the expertising committee."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Iterator

import requests
from lxml import etree

BULLETIN_URL = os.environ.get("REVOCATION_BULLETIN_URL", "")

PARSER_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
}


@dataclass(frozen=True)
class RevokedCertificate:
    number: str
    revoked_on: date
    reason: str


def bulletin_parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def fetch_bulletin(session: requests.Session, url: str = BULLETIN_URL) -> bytes:
    resp = session.get(url, timeout=30)
    resp.raise_for_status()
    return resp.content


def parse_bulletin(xml_bytes: bytes) -> Iterator[RevokedCertificate]:
    root = etree.fromstring(xml_bytes, bulletin_parser())
    for entry in root.iterfind("revoked"):
        yield RevokedCertificate(
            number=entry.findtext("number", default="").strip(),
            revoked_on=date.fromisoformat(entry.findtext("date", default="1970-01-01")),
            reason=entry.findtext("reason", default="").strip(),
        )


def sync_revocations(session: requests.Session, repository) -> int:
    count = 0
    for revoked in parse_bulletin(fetch_bulletin(session)):
        if revoked.number and repository.mark_revoked(revoked.number, revoked.revoked_on, revoked.reason):
            count += 1
    return count
