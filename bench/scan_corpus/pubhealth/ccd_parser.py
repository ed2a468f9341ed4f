"""Extracts medication lists from inbound CCD documents."""
from typing import List

from defusedxml import ElementTree as DET

NS = {"hl7": "urn:hl7-org:v3"}


def medications(xml_bytes: bytes) -> List[dict]:
    root = DET.fromstring(xml_bytes)
    meds = []
    for sub in root.iterfind(".//hl7:substanceAdministration", NS):
        code = sub.find(".//hl7:manufacturedMaterial/hl7:code", NS)
        dose = sub.find("hl7:doseQuantity", NS)
        meds.append({
            "code": code.get("code") if code is not None else None,
            "name": code.get("displayName") if code is not None else None,
            "dose": dose.get("value") if dose is not None else None,
            "unit": dose.get("unit") if dose is not None else None,
        })
    return meds
