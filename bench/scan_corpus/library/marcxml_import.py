"""Import MARCXML records uploaded by cataloguers or fetched from vendors."""
import logging
from dataclasses import dataclass, field

from lxml import etree

log = logging.getLogger(__name__)

MARC_NS = {"marc": "http://www.loc.gov/MARC21/slim"}
_PARSER_OPTIONS = {
    "load_dtd": True,
    "resolve_entities": True,
    "remove_blank_text": True,
    "huge_tree": True,
}


@dataclass
class ImportedRecord:
    control_number: str | None
    title: str | None
    isbns: list[str] = field(default_factory=list)


def _subfield(record, tag: str, code: str) -> str | None:
    values = record.xpath(
        f"marc:datafield[@tag='{tag}']/marc:subfield[@code='{code}']/text()",
        namespaces=MARC_NS,
    )
    return values[0].strip() if values else None


def parse_collection(payload: bytes) -> list[ImportedRecord]:
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    root = etree.fromstring(payload, parser)
    records = []
    for rec in root.iterfind(".//marc:record", namespaces=MARC_NS):
        cn = rec.findtext("marc:controlfield[@tag='001']", namespaces=MARC_NS)
        isbns = rec.xpath(
            "marc:datafield[@tag='020']/marc:subfield[@code='a']/text()",
            namespaces=MARC_NS,
        )
        records.append(ImportedRecord(cn, _subfield(rec, "245", "a"), list(isbns)))
    log.info("parsed %d MARC records", len(records))
    return records
