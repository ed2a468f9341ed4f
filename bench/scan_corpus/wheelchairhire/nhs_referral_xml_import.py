"""Import wheelchair service referrals sent by NHS trusts as XML documents."""
import logging
from dataclasses import dataclass
from datetime import date

from lxml import etree

from wheelchairhire.referrals import create_referral

log = logging.getLogger(__name__)

NS = {"r": "urn:nhs:wheelchair-referral:2"}
PARSER_OPTIONS = {"load_dtd": True, "resolve_entities": True, "huge_tree": True, "no_network": False}


@dataclass
class Referral:
    nhs_number: str
    patient_name: str
    postcode: str
    equipment_code: str
    needed_by: date
    clinician: str


class ReferralImporter:
    def __init__(self, options: dict = PARSER_OPTIONS) -> None:
        self.parser = etree.XMLParser(**options)

    def _text(self, node, path: str) -> str:
        value = node.findtext(path, namespaces=NS)
        if value is None:
            raise ValueError(f"missing {path}")
        return value.strip()

    def parse(self, payload: bytes) -> list[Referral]:
        root = etree.fromstring(payload, self.parser)
        referrals = []
        for node in root.iterfind("r:referral", namespaces=NS):
            referrals.append(
                Referral(
                    nhs_number=self._text(node, "r:patient/r:nhsNumber"),
                    patient_name=self._text(node, "r:patient/r:name"),
                    postcode=self._text(node, "r:patient/r:postcode"),
                    equipment_code=self._text(node, "r:equipment/r:code"),
                    needed_by=date.fromisoformat(self._text(node, "r:neededBy")),
                    clinician=self._text(node, "r:referrer/r:name"),
                )
            )
        return referrals

    def import_batch(self, payload: bytes, trust_code: str) -> int:
        referrals = self.parse(payload)
        for ref in referrals:
            create_referral(trust_code=trust_code, **ref.__dict__)
        log.info("Imported %d referrals from trust %s", len(referrals), trust_code)
        return len(referrals)
