"""Reads MARCXML record batches received from the library consortium's union catalogue."""
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

MARC_NS = "http://www.loc.gov/MARC21/slim"
NS = {"marc": MARC_NS}

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_blank_text=True,
)


@dataclass
class BibRecord:
    control_number: str
    title: str
    isbn: list[str]
    author: str = ""


def _subfield(record, tag: str, code: str) -> list[str]:
    xpath = f"marc:datafield[@tag='{tag}']/marc:subfield[@code='{code}']"
    return [(sf.text or "").strip() for sf in record.xpath(xpath, namespaces=NS)]


def parse_records(data: bytes) -> Iterator[BibRecord]:
    root = etree.fromstring(data, _PARSER)
    for record in root.iter(f"{{{MARC_NS}}}record"):
        control = record.findtext("marc:controlfield[@tag='001']", default="", namespaces=NS)
        titles = _subfield(record, "245", "a")
        authors = _subfield(record, "100", "a")
        yield BibRecord(
            control_number=control.strip(),
            title=titles[0].rstrip(" /:") if titles else "",
            isbn=_subfield(record, "020", "a"),
            author=authors[0] if authors else "",
        )
