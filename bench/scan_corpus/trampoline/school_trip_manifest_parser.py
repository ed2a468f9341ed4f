"""Parses the XML attendee manifests schools send ahead of a group visit."""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

MANIFEST_PARSER_OPTS = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_comments": True,
}


@dataclass
class Attendee:
    first_name: str
    year_group: int
    medical_flag: bool
    consent_received: bool


class ManifestParser:
    def __init__(self, **opts) -> None:
        self._parser = etree.XMLParser(**{**MANIFEST_PARSER_OPTS, **opts})

    def parse(self, xml_bytes: bytes) -> tuple[str, list[Attendee]]:
        root = etree.fromstring(xml_bytes, parser=self._parser)
        school = root.get("school", "").strip()
        attendees = [
            Attendee(
                first_name=(el.findtext("firstName") or "").strip(),
                year_group=int(el.findtext("yearGroup") or 0),
                medical_flag=(el.findtext("medical") or "false").lower() == "true",
                consent_received=(el.findtext("consent") or "false").lower() == "true",
            )
            for el in root.iter("attendee")
        ]
        return school, attendees


def missing_consent(xml_bytes: bytes) -> list[str]:
    _, attendees = ManifestParser().parse(xml_bytes)
    return [a.first_name for a in attendees if not a.consent_received]
