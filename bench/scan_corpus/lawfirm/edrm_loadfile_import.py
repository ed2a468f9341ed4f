"""Import EDRM XML load files delivered with incoming productions.

Each <Document> becomes a ProducedDocument row; native and image file
references are resolved relative to the volume root.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

log = logging.getLogger(__name__)

NS = {"edrm": "http://www.edrm.net/schemas/edrmxml/1.2"}


@dataclass
class LoadFileDocument:
    doc_id: str
    control_number: str
    fields: dict[str, str]
    files: list[str]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def _tag_values(doc_el) -> dict[str, str]:
    values = {}
    for tag in doc_el.iterfind(".//Tag", namespaces=None):
        name = tag.get("TagName")
        if name:
            values[name] = tag.get("TagValue", "")
    return values


def parse_load_file(path: Path) -> list[LoadFileDocument]:
    tree = etree.parse(str(path), _parser())
    docs = []
    for doc_el in tree.getroot().iter("Document"):
        files = [
            f"{loc.findtext('LocationURI', default='')}/{f.findtext('FileName', default='')}"
            for f in doc_el.iter("File")
            for loc in f.iter("ExternalFile")
        ]
        docs.append(
            LoadFileDocument(
                doc_id=doc_el.get("DocID", ""),
                control_number=doc_el.get("DocID", ""),
                fields=_tag_values(doc_el),
                files=files,
            )
        )
    log.info("parsed %d documents from %s", len(docs), path.name)
    return docs


def summarize(docs: list[LoadFileDocument]) -> dict[str, int]:
    return {
        "documents": len(docs),
        "with_natives": sum(1 for d in docs if d.files),
        "custodians": len({d.fields.get("#Custodian", "") for d in docs}),
    }
