"""Parses HL7 CDA (C-CDA) documents received from partner hospitals over Direct."""
from dataclasses import dataclass

from lxml import etree

CDA_NS = {"hl7": "urn:hl7-org:v3"}
_PARSER_OPTIONS = dict(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class CdaSummary:
    document_id: str
    title: str
    patient_name: str
    birth_time: str
    problems: list[str]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


def _text(root, path: str) -> str:
    found = root.xpath(path, namespaces=CDA_NS)
    return found[0].strip() if found else ""


def parse_cda(raw: bytes) -> CdaSummary:
    root = etree.fromstring(raw, parser=_parser())
    given = _text(root, "//hl7:recordTarget//hl7:name/hl7:given/text()")
    family = _text(root, "//hl7:recordTarget//hl7:name/hl7:family/text()")
    problems = root.xpath(
        "//hl7:section[hl7:code/@code='11450-4']//hl7:observation/hl7:value/@displayName",
        namespaces=CDA_NS,
    )
    return CdaSummary(
        document_id=_text(root, "/hl7:ClinicalDocument/hl7:id/@root"),
        title=_text(root, "/hl7:ClinicalDocument/hl7:title/text()"),
        patient_name=f"{given} {family}".strip(),
        birth_time=_text(root, "//hl7:recordTarget//hl7:birthTime/@value"),
        problems=[str(p) for p in problems],
    )
