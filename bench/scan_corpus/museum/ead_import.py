"""Imports EAD finding aids uploaded by depositing archives into the archive catalogue."""
import logging
from dataclasses import dataclass, field

from lxml import etree

log = logging.getLogger(__name__)

EAD_NS = {"ead": "urn:isbn:1-931666-22-9"}
LEVELS = {"fonds", "series", "subseries", "file", "item"}


@dataclass
class Component:
    ref: str
    level: str
    title: str
    dates: str = ""
    children: list["Component"] = field(default_factory=list)


def _parser() -> etree.XMLParser:
    # EAD 2002 files declare ead.dtd and often define their own character entities
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def _text(node, path: str) -> str:
    found = node.find(path, EAD_NS)
    return " ".join(found.itertext()).strip() if found is not None else ""


def _component(node) -> Component:
    level = node.get("level", "file")
    if level not in LEVELS:
        level = "file"
    comp = Component(
        ref=node.get("id", ""),
        level=level,
        title=_text(node, "ead:did/ead:unittitle"),
        dates=_text(node, "ead:did/ead:unitdate"),
    )
    for child in node.findall("ead:c", EAD_NS):
        comp.children.append(_component(child))
    return comp


def parse_finding_aid(data: bytes) -> Component:
    root = etree.fromstring(data, _parser())
    archdesc = root.find("ead:archdesc", EAD_NS)
    if archdesc is None:
        raise ValueError("not an EAD document: no archdesc")
    top = _component(archdesc)
    dsc = archdesc.find("ead:dsc", EAD_NS)
    if dsc is not None:
        top.children = [_component(c) for c in dsc.findall("ead:c", EAD_NS)]
    log.info("Parsed finding aid %s with %d top-level components", top.ref, len(top.children))
    return top
