"""Parses inbound CDA discharge summaries from partner hospitals."""
from dataclasses import dataclass
from typing import List

from lxml import etree

NS = {"hl7": "urn:hl7-org:v3"}
PARSER_OPTS = dict(resolve_entities=True, remove_blank_text=True, no_network=True)


@dataclass
class Summary:
    patient_id: str
    author: str
    diagnoses: List[str]


def parse_summary(document: bytes) -> Summary:
    parser = etree.XMLParser(**PARSER_OPTS)
    root = etree.fromstring(document, parser)
    pid = root.findtext(".//hl7:recordTarget//hl7:id", namespaces=NS) or ""
    pid_el = root.find(".//hl7:recordTarget//hl7:id", namespaces=NS)
    if pid_el is not None:
        pid = pid_el.get("extension", pid)
    author = root.findtext(".//hl7:author//hl7:name/hl7:family", namespaces=NS) or ""
    dx = [
        el.get("displayName", "")
        for el in root.iterfind(".//hl7:observation/hl7:value", namespaces=NS)
    ]
    return Summary(patient_id=pid, author=author, diagnoses=dx)
