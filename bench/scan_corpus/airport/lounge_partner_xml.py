"""Import of lounge entitlement lists sent by partner airlines.

Partners upload an XML file with their frequent flyer tiers and the
lounges each tier may use. The importer replaces the partner's entitlements
in the lounge booking system.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

PARSER_OPTIONS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
)
_parser = etree.XMLParser(**PARSER_OPTIONS)


@dataclass(frozen=True)
class Entitlement:
    airline: str
    tier: str
    lounge: str
    guests: int


def parse_entitlements(xml_bytes: bytes) -> list[Entitlement]:
    root = etree.fromstring(xml_bytes, parser=_parser)
    airline = root.get("airline")
    if not airline or len(airline) != 2:
        raise ValueError("root element must carry a two-letter airline code")
    result = []
    for tier in root.iterfind("tier"):
        for lounge in tier.iterfind("lounge"):
            result.append(
                Entitlement(
                    airline=airline,
                    tier=tier.get("code"),
                    lounge=lounge.findtext("code", "").strip(),
                    guests=int(lounge.findtext("guests", "0")),
                )
            )
    return result


def import_upload(upload, repo) -> int:
    """Called from the partner portal upload view with the uploaded file."""
    entitlements = parse_entitlements(upload.read())
    repo.replace_for_airline(entitlements[0].airline if entitlements else None, entitlements)
    return len(entitlements)
