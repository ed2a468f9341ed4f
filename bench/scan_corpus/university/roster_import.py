"""Import IMS Enterprise roster files uploaded by department coordinators.

The files describe groups (course sections), persons and memberships; we
upsert enrolments into the LMS course shells.
"""
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from lxml import etree

NS = {"ims": "http://www.imsglobal.org/xsd/imsenterprise_v1p1"}
ROLE_MAP = {"01": "student", "02": "instructor", "03": "ta"}


@dataclass
class Membership:
    section_id: str
    person_id: str
    role: str
    active: bool


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        load_dtd=True,
        resolve_entities=True,
        remove_blank_text=True,
        huge_tree=False,
    )


def parse_memberships(upload: BinaryIO) -> Iterator[Membership]:
    tree = etree.parse(upload, _parser())
    for membership in tree.iterfind(".//ims:membership", NS):
        section_id = membership.findtext("ims:sourcedid/ims:id", namespaces=NS)
        for member in membership.iterfind("ims:member", NS):
            person_id = member.findtext("ims:sourcedid/ims:id", namespaces=NS)
            role_el = member.find("ims:role", NS)
            if role_el is None or not person_id:
                continue
            status = role_el.findtext("ims:status", default="1", namespaces=NS)
            yield Membership(
                section_id=section_id.strip(),
                person_id=person_id.strip(),
                role=ROLE_MAP.get(role_el.get("roletype", ""), "student"),
                active=status.strip() == "1",
            )


def import_roster(upload: BinaryIO, lms) -> int:
    count = 0
    for m in parse_memberships(upload):
        if m.active:
            lms.enroll(m.section_id, m.person_id, m.role)
        else:
            lms.unenroll(m.section_id, m.person_id)
        count += 1
    return count
