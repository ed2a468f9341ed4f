"""Parses ANPA/NITF wire stories pushed to us by the regional news agency."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from defusedxml import ElementTree as DET


@dataclass
class WireStory:
    doc_id: str
    headline: str
    byline: str
    dateline: str
    paragraphs: list[str]
    issued: datetime | None


def _text(node) -> str:
    return "".join(node.itertext()).strip() if node is not None else ""


def parse_nitf(xml_bytes: bytes) -> WireStory:
    root = DET.fromstring(xml_bytes, forbid_dtd=True)
    head = root.find("head")
    body = root.find("body")
    doc_id = head.find("docdata/doc-id").get("id-string") if head is not None else ""
    issued_attr = head.find("docdata/date.issue").get("norm") if head is not None else None
    issued = datetime.strptime(issued_attr, "%Y%m%dT%H%M%S%z") if issued_attr else None
    return WireStory(
        doc_id=doc_id,
        headline=_text(body.find("body.head/hedline/hl1")),
        byline=_text(body.find("body.head/byline")),
        dateline=_text(body.find("body.head/dateline")),
        paragraphs=[_text(p) for p in body.iterfind("body.content/p")],
        issued=issued,
    )


def story_to_cms(story: WireStory) -> dict:
    return {
        "external_id": story.doc_id,
        "title": story.headline,
        "byline": story.byline,
        "text": "\n\n".join(p for p in story.paragraphs if p),
        "dateline": story.dateline,
        "issued": story.issued.isoformat() if story.issued else None,
        "source": "wire",
    }
