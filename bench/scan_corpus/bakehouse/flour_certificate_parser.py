"""Parses flour quality certificates (CoA) submitted by mills as XML.

Each certificate reports protein, moisture, falling number and mycotoxin
results for a delivered flour lot; goods-in rejects lots outside spec.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "load_dtd": True,
}

SPEC_LIMITS = {
    "protein_pct": (11.5, 14.0),
    "moisture_pct": (0.0, 14.5),
    "falling_number_s": (250, 400),
    "don_ppb": (0, 750),
}


@dataclass
class FlourCertificate:
    mill: str
    lot_number: str
    results: dict[str, float]

    def out_of_spec(self) -> list[str]:
        failures = []
        for name, (low, high) in SPEC_LIMITS.items():
            value = self.results.get(name)
            if value is None or not (low <= value <= high):
                failures.append(name)
        return failures


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_certificate(xml_bytes: bytes) -> FlourCertificate:
    root = etree.fromstring(xml_bytes, parser=_parser())
    results = {
        node.get("name"): float(node.text)
        for node in root.iterfind("./results/result")
        if node.get("name") and node.text
    }
    return FlourCertificate(
        mill=root.findtext("./mill/name", default="").strip(),
        lot_number=root.findtext("./lot", default="").strip(),
        results=results,
    )


def review_upload(xml_bytes: bytes) -> dict:
    cert = parse_certificate(xml_bytes)
    failures = cert.out_of_spec()
    return {
        "mill": cert.mill,
        "lot": cert.lot_number,
        "accepted": not failures,
        "failures": failures,
    }
