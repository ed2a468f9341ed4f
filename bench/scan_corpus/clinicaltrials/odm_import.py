"""Import CDISC ODM 1.3 clinical-data snapshots uploaded by sponsors.

Produces flat item-level records for the staging schema:
(study, subject, event, form, item, value).
"""
from dataclasses import dataclass
from typing import Iterator

from lxml import etree

ODM = "{http://www.cdisc.org/ns/odm/v1.3}"

_PARSER_OPTS = dict(
    remove_blank_text=True,
    resolve_entities=True,
    load_dtd=True,
    huge_tree=False,
)


@dataclass(frozen=True)
class ItemValue:
    study_oid: str
    subject_key: str
    event_oid: str
    form_oid: str
    item_oid: str
    value: str


def parse_odm(data: bytes) -> etree._Element:
    parser = etree.XMLParser(**_PARSER_OPTS)
    return etree.fromstring(data, parser)


def iter_item_values(root: etree._Element) -> Iterator[ItemValue]:
    for cd in root.iter(f"{ODM}ClinicalData"):
        study = cd.get("StudyOID")
        for subj in cd.iter(f"{ODM}SubjectData"):
            for ev in subj.iter(f"{ODM}StudyEventData"):
                for form in ev.iter(f"{ODM}FormData"):
                    for item in form.iter(f"{ODM}ItemData"):
                        yield ItemValue(
                            study,
                            subj.get("SubjectKey"),
                            ev.get("StudyEventOID"),
                            form.get("FormOID"),
                            item.get("ItemOID"),
                            item.get("Value", ""),
                        )


def import_snapshot(data: bytes, sink) -> int:
    n = 0
    for record in iter_item_values(parse_odm(data)):
        sink.write(record)
        n += 1
    return n
