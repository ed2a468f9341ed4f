"""Import QTI 2.1 assessment items from an instructor's item-bank export."""
from dataclasses import dataclass, field

from lxml import etree

QTI_NS = {"qti": "http://www.imsglobal.org/xsd/imsqti_v2p1"}

# Some item banks reference the QTI DTD and define their own character entities in it.
_PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
}


@dataclass
class ChoiceItem:
    identifier: str
    title: str
    prompt: str
    choices: dict[str, str] = field(default_factory=dict)
    correct: set[str] = field(default_factory=set)


def _text(node) -> str:
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def parse_item(xml_bytes: bytes) -> ChoiceItem:
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    root = etree.fromstring(xml_bytes, parser)
    item = ChoiceItem(
        identifier=root.get("identifier", ""),
        title=root.get("title", ""),
        prompt=_text(root.find(".//qti:choiceInteraction/qti:prompt", QTI_NS)),
    )
    for choice in root.iterfind(".//qti:simpleChoice", QTI_NS):
        item.choices[choice.get("identifier")] = _text(choice)
    for value in root.iterfind(".//qti:correctResponse/qti:value", QTI_NS):
        item.correct.add(value.text.strip())
    return item


def import_items(uploads: list[bytes]) -> list[ChoiceItem]:
    items = []
    for blob in uploads:
        item = parse_item(blob)
        if not item.choices or not item.correct:
            continue
        items.append(item)
    return items
