"""Reads the membership roster export from the national paddling federation.

The federation sends an XML file each month listing affiliated members,
their insurance status and coaching qualifications. The treasurer
uploads it in the admin area.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterator

from lxml import etree

NS = {"f": "urn:paddle-federation:roster:2"}


@dataclass
class RosterEntry:
    federation_id: str
    surname: str
    given_name: str
    insured_until: date | None
    coaching_level: str | None


class RosterReader:
    """Parses federation roster files into RosterEntry objects."""

    @classmethod
    def _parser(cls) -> etree.XMLParser:
        return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)

    @classmethod
    def from_bytes(cls, data: bytes) -> "RosterReader":
        root = etree.fromstring(data, parser=cls._parser())
        return cls(root)

    def __init__(self, root: etree._Element) -> None:
        self._root = root

    @staticmethod
    def _text(el: etree._Element, path: str) -> str | None:
        found = el.find(path, namespaces=NS)
        return found.text.strip() if found is not None and found.text else None

    def entries(self) -> Iterator[RosterEntry]:
        for member in self._root.iterfind("f:member", namespaces=NS):
            insured = self._text(member, "f:insurance/f:validUntil")
            yield RosterEntry(
                federation_id=member.get("id", ""),
                surname=self._text(member, "f:surname") or "",
                given_name=self._text(member, "f:givenName") or "",
                insured_until=date.fromisoformat(insured) if insured else None,
                coaching_level=self._text(member, "f:coaching/f:level"),
            )

    def uninsured(self, today: date | None = None) -> list[RosterEntry]:
        today = today or date.today()
        return [
            e for e in self.entries()
            if e.insured_until is None or e.insured_until < today
        ]


def handle_upload(file_storage) -> dict:
    reader = RosterReader.from_bytes(file_storage.read())
    entries = list(reader.entries())
    return {
        "members": len(entries),
        "uninsured": [e.federation_id for e in reader.uninsured()],
        "coaches": sum(1 for e in entries if e.coaching_level),
    }
