"""Parses liability insurance certificates that the insurer sends as XML attachments."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from defusedxml import ElementTree as DefusedET


@dataclass
class InsuranceCover:
    policy_number: str
    insured_party: str
    cover_eur: int
    valid_from: date
    valid_to: date
    covers_rental: bool


class InsuranceCertificateParser:
    namespace = {"ins": "urn:insurer:certificate:v3"}

    def __init__(self, xml_parse=DefusedET.fromstring) -> None:
        self._parse = xml_parse

    def _text(self, root, tag: str) -> Optional[str]:
        node = root.find(f"ins:{tag}", self.namespace)
        return node.text.strip() if node is not None and node.text else None

    def parse(self, document: bytes) -> InsuranceCover:
        root = self._parse(document)
        return InsuranceCover(
            policy_number=self._text(root, "PolicyNumber") or "",
            insured_party=self._text(root, "InsuredParty") or "",
            cover_eur=int(self._text(root, "CoverAmount") or 0),
            valid_from=date.fromisoformat(self._text(root, "ValidFrom") or "1970-01-01"),
            valid_to=date.fromisoformat(self._text(root, "ValidTo") or "1970-01-01"),
            covers_rental=(self._text(root, "RentalEquipment") or "false").lower() == "true",
        )


def cover_is_current(cover: InsuranceCover, today: date | None = None) -> bool:
    today = today or date.today()
    return cover.valid_from <= today <= cover.valid_to and cover.cover_eur >= 1_000_000
