"""Import QTI 2.1 assessment items exported from other quiz tools."""
from dataclasses import dataclass
from typing import BinaryIO

from lxml import etree

QTI_NS = {"q": "http://www.imsglobal.org/xsd/imsqti_v2p1"}

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


@dataclass
class ChoiceItem:
    identifier: str
    title: str
    prompt: str
    choices: dict[str, str]
    correct: set[str]


def parse_item(fh: BinaryIO) -> ChoiceItem:
    root = etree.parse(fh, _PARSER).getroot()
    if etree.QName(root).localname != "assessmentItem":
        raise ValueError("not a QTI assessmentItem")
    correct = {v.text.strip() for v in root.iterfind(
        "q:responseDeclaration/q:correctResponse/q:value", QTI_NS) if v.text}
    interaction = root.find(".//q:choiceInteraction", QTI_NS)
    if interaction is None:
        raise ValueError("only choiceInteraction items are supported")
    prompt_el = interaction.find("q:prompt", QTI_NS)
    choices = {
        c.get("identifier"): "".join(c.itertext()).strip()
        for c in interaction.iterfind("q:simpleChoice", QTI_NS)
    }
    return ChoiceItem(
        identifier=root.get("identifier", ""),
        title=root.get("title", ""),
        prompt="".join(prompt_el.itertext()).strip() if prompt_el is not None else "",
        choices=choices,
        correct=correct,
    )
