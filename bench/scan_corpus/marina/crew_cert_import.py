"""Import crew certificates from the maritime authority's XML export.

Crew download their certificate record (STCW, VHF/SRC, first aid, ICC) as an
XML file from the authority's portal and upload it on their crew profile; we
pull out certificate numbers and expiry dates.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lxml import etree

NS = {"mca": "urn:maritime-authority:seafarer-record:2"}

_parser = etree.XMLParser(
    load_dtd=True,
    resolve_entities=True,
    remove_blank_text=True,
)


@dataclass
class Certificate:
    kind: str
    number: str
    issued: date
    expires: date | None


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def parse_record(xml_bytes: bytes) -> tuple[str, list[Certificate]]:
    root = etree.fromstring(xml_bytes, parser=_parser)
    seafarer_id = _text(root, "mca:Seafarer/mca:DischargeBookNo") or ""
    certs = []
    for node in root.iterfind("mca:Certificates/mca:Certificate", NS):
        expires = _text(node, "mca:ValidUntil")
        certs.append(
            Certificate(
                kind=_text(node, "mca:Type") or "UNKNOWN",
                number=_text(node, "mca:Number") or "",
                issued=date.fromisoformat(_text(node, "mca:IssuedOn")),
                expires=date.fromisoformat(expires) if expires else None,
            )
        )
    return seafarer_id, certs


def import_upload(crew_member, uploaded_file) -> int:
    seafarer_id, certs = parse_record(uploaded_file.read())
    if seafarer_id and crew_member.discharge_book_no and seafarer_id != crew_member.discharge_book_no:
        raise ValueError("certificate record belongs to a different seafarer")
    for cert in certs:
        crew_member.certificates.update_or_create(
            kind=cert.kind,
            number=cert.number,
            defaults={"issued": cert.issued, "expires": cert.expires},
        )
    return len(certs)
