"""Imports ONIX 3.0 product records uploaded by publishers into the title catalogue."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from lxml import etree

ONIX_NS = {"o": "http://ns.editeur.org/onix/3.0/reference"}

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class TitleRecord:
    record_reference: str
    isbn13: str
    title: str
    contributor: str
    page_count: int | None


def _text(node, path: str) -> str:
    found = node.find(path, ONIX_NS)
    return found.text.strip() if found is not None and found.text else ""


class OnixImporter:
    def __init__(self, options: dict = PARSER_OPTIONS) -> None:
        self.parser = etree.XMLParser(**options)

    def parse(self, payload: bytes) -> Iterator[TitleRecord]:
        root = etree.fromstring(payload, parser=self.parser)
        for product in root.iterfind("o:Product", ONIX_NS):
            isbn = ""
            for ident in product.iterfind("o:ProductIdentifier", ONIX_NS):
                if _text(ident, "o:ProductIDType") == "15":
                    isbn = _text(ident, "o:IDValue")
            pages = _text(product, "o:DescriptiveDetail/o:Extent/o:ExtentValue")
            yield TitleRecord(
                record_reference=_text(product, "o:RecordReference"),
                isbn13=isbn,
                title=_text(product, "o:DescriptiveDetail/o:TitleDetail/o:TitleElement/o:TitleText"),
                contributor=_text(product, "o:DescriptiveDetail/o:Contributor/o:PersonName"),
                page_count=int(pages) if pages.isdigit() else None,
            )


def import_upload(upload_bytes: bytes, catalogue) -> int:
    count = 0
    for record in OnixImporter().parse(upload_bytes):
        catalogue.upsert(record)
        count += 1
    return count
