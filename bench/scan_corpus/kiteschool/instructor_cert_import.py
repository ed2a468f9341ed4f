"""Imports instructor certification records exported by the federation as XML."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, List

from lxml import etree


@dataclass
class Certification:
    instructor_ref: str
    level: str
    issued: date
    expires: date
    first_aid_valid: bool


class FederationXmlReader:
    """Reads <certificate> elements from federation XML uploaded by the office manager."""

    parser_options = {
        "remove_blank_text": True,
        "resolve_entities": True,
        "no_network": False,
        "load_dtd": True,
    }

    def __init__(self) -> None:
        self._parser = etree.XMLParser(**self.parser_options)

    def parse(self, xml_bytes: bytes) -> List[Certification]:
        root = etree.fromstring(xml_bytes, self._parser)
        return [self._row(node) for node in root.iter("certificate")]

    @staticmethod
    def _row(node) -> Certification:
        return Certification(
            instructor_ref=node.findtext("member-id", "").strip(),
            level=node.findtext("level", "").strip(),
            issued=date.fromisoformat(node.findtext("issued")),
            expires=date.fromisoformat(node.findtext("expires")),
            first_aid_valid=node.findtext("first-aid", "no").lower() == "yes",
        )


def import_upload(repo, uploaded_file) -> int:
    certs: Iterable[Certification] = FederationXmlReader().parse(uploaded_file.read())
    count = 0
    for cert in certs:
        repo.upsert_certification(cert)
        count += 1
    return count
