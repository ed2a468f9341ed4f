"""Parses product label documents from the crop-protection supplier feed.

Each product arrives as an XML document with re-entry interval (REI),
pre-harvest interval (PHI) and registered crops.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

_PARSER_OPTIONS = dict(
    remove_blank_text=True,
    resolve_entities=True,
    load_dtd=True,
    huge_tree=False,
)


@dataclass
class ProductLabel:
    registration_no: str
    name: str
    rei_hours: int
    phi_days: int
    crops: list[str]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


def parse_label(xml_bytes: bytes) -> ProductLabel:
    root = etree.fromstring(xml_bytes, parser=_parser())
    return ProductLabel(
        registration_no=root.findtext("registration"),
        name=root.findtext("name"),
        rei_hours=int(root.findtext("intervals/rei_hours", default="0")),
        phi_days=int(root.findtext("intervals/phi_days", default="0")),
        crops=[c.text for c in root.iterfind("crops/crop") if c.text],
    )


def parse_feed(documents: list[bytes]) -> dict[str, ProductLabel]:
    labels = {}
    for doc in documents:
        label = parse_label(doc)
        labels[label.registration_no] = label
    return labels
