"""Import BCF 2.1 issue files exported from Revit/Navisworks/Solibri.

A .bcfzip contains one folder per topic with a markup.bcf (XML) and an
optional viewpoint and snapshot. We turn each topic into a coordination
issue on the project.
"""
import zipfile
from dataclasses import dataclass, field
from typing import BinaryIO

from lxml import etree

_MARKUP_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


@dataclass
class BcfTopic:
    guid: str
    title: str
    status: str
    priority: str | None
    assigned_to: str | None
    comments: list[dict] = field(default_factory=list)


def _text(node, path: str) -> str | None:
    found = node.find(path)
    return found.text.strip() if found is not None and found.text else None


def parse_markup(xml_bytes: bytes) -> BcfTopic:
    root = etree.fromstring(xml_bytes, parser=_MARKUP_PARSER)
    topic = root.find("Topic")
    result = BcfTopic(
        guid=topic.get("Guid"),
        title=_text(topic, "Title") or "(untitled)",
        status=topic.get("TopicStatus", "Open"),
        priority=_text(topic, "Priority"),
        assigned_to=_text(topic, "AssignedTo"),
    )
    for comment in root.findall("Comment"):
        result.comments.append({
            "guid": comment.get("Guid"),
            "date": _text(comment, "Date"),
            "author": _text(comment, "Author"),
            "text": _text(comment, "Comment") or "",
        })
    return result


def read_bcfzip(upload: BinaryIO) -> list[BcfTopic]:
    topics = []
    with zipfile.ZipFile(upload) as zf:
        for name in zf.namelist():
            if name.endswith("/markup.bcf"):
                topics.append(parse_markup(zf.read(name)))
    return topics
