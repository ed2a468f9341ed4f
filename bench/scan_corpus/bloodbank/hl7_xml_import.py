"""Parse blood-group confirmation messages from hospital transfusion labs.

Hospitals send HL7 v3-style XML when they confirm the ABO/RhD group of a
unit on receipt; mismatches are raised with the issuing team.
"""
import logging
from dataclasses import dataclass

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException

log = logging.getLogger(__name__)

HL7 = "{urn:hl7-org:v3}"


@dataclass
class GroupConfirmation:
    unit_number: str
    abo: str
    rhd: str
    hospital_code: str


def parse_confirmation(payload: bytes) -> GroupConfirmation:
    root = DET.fromstring(payload)
    obs = root.find(f".//{HL7}observation")
    if obs is None:
        raise ValueError("no observation element")
    return GroupConfirmation(
        unit_number=obs.findtext(f"{HL7}specimen/{HL7}id", default="").strip(),
        abo=obs.findtext(f"{HL7}value[@code='ABO']", default="").strip(),
        rhd=obs.findtext(f"{HL7}value[@code='RHD']", default="").strip(),
        hospital_code=root.findtext(f".//{HL7}sender/{HL7}id", default="").strip(),
    )


def handle_message(payload: bytes, stock) -> bool:
    try:
        conf = parse_confirmation(payload)
    except (DET.ParseError, DefusedXmlException, ValueError):
        log.exception("rejected group confirmation message")
        return False
    unit = stock.get_unit(conf.unit_number)
    if unit is None:
        log.warning("confirmation for unknown unit %s from %s", conf.unit_number, conf.hospital_code)
        return False
    if (unit.abo, unit.rhd) != (conf.abo, conf.rhd):
        stock.raise_discrepancy(unit, conf)
    return True
