"""Import EAD finding aids submitted by depositing bodies into the catalogue.

Depositors upload EAD 2002 or EAD3 XML through the transfer portal; this job
validates the document, maps the component hierarchy onto catalogue entries
and queues them for review by a cataloguer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

log = logging.getLogger("catalogue.ead_import")

EAD_NS = {"ead": "urn:isbn:1-931666-22-9"}
LEVELS = {"fonds", "series", "subseries", "file", "item"}


@dataclass
class Component:
    reference: str
    title: str
    level: str
    dates: str | None = None
    children: list["Component"] = field(default_factory=list)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


def _text(node: etree._Element, path: str) -> str | None:
    found = node.find(path, EAD_NS)
    if found is None:
        return None
    return " ".join("".join(found.itertext()).split()) or None


def _component(node: etree._Element) -> Component:
    did = node.find("ead:did", EAD_NS)
    level = node.get("level", "file")
    if level not in LEVELS:
        log.warning("unknown level %r, treating as file", level)
        level = "file"
    comp = Component(
        reference=_text(did, "ead:unitid") or "",
        title=_text(did, "ead:unittitle") or "[untitled]",
        level=level,
        dates=_text(did, "ead:unitdate"),
    )
    for child in node.findall("ead:c", EAD_NS):
        comp.children.append(_component(child))
    return comp


def parse_finding_aid(path: Path) -> Component:
    tree = etree.parse(str(path), _parser())
    archdesc = tree.getroot().find("ead:archdesc", EAD_NS)
    if archdesc is None:
        raise ValueError(f"{path.name}: no archdesc element")
    root = _component(archdesc)
    dsc = archdesc.find("ead:dsc", EAD_NS)
    if dsc is not None:
        root.children.extend(_component(c) for c in dsc.findall("ead:c", EAD_NS))
    log.info("%s: parsed %d top-level components", path.name, len(root.children))
    return root
