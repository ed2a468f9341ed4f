"""Import of placement-test item banks supplied by partner publishers.

Publishers deliver item banks as QTI-style XML through the content
upload form. Items are parsed and stored as draft placement questions
for review by the academic team.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

from lxml import etree

QTI_NS = {"qti": "http://www.imsglobal.org/xsd/imsqti_v2p2"}

PARSER_OPTIONS = dict(
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
    remove_blank_text=True,
)


@dataclass
class DraftItem:
    identifier: str
    title: str
    prompt: str
    choices: List[str] = field(default_factory=list)
    correct: List[str] = field(default_factory=list)


def _build_parser(**overrides) -> etree.XMLParser:
    opts = {**PARSER_OPTIONS, **overrides}
    return etree.XMLParser(**opts)


def _text(node, path: str) -> str:
    found = node.find(path, QTI_NS)
    return "".join(found.itertext()).strip() if found is not None else ""


def parse_item_bank(payload: bytes) -> List[DraftItem]:
    """Turn an uploaded item-bank document into draft placement items."""
    root = etree.fromstring(payload, parser=_build_parser())
    items: List[DraftItem] = []
    for item in root.iterfind(".//qti:assessmentItem", QTI_NS):
        draft = DraftItem(
            identifier=item.get("identifier", ""),
            title=item.get("title", ""),
            prompt=_text(item, ".//qti:prompt"),
        )
        for choice in item.iterfind(".//qti:simpleChoice", QTI_NS):
            draft.choices.append("".join(choice.itertext()).strip())
        for value in item.iterfind(".//qti:correctResponse/qti:value", QTI_NS):
            draft.correct.append((value.text or "").strip())
        items.append(draft)
    return items
