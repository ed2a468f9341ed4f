"""Imports object records exported by museums in LIDO XML.

Registrars export the frames they send us from their CMS as LIDO and upload
the file in the portal; we create one conservation record per object.
"""
from dataclasses import dataclass
from typing import Iterator

from lxml import etree

LIDO_NS = {"lido": "http://www.lido-schema.org"}


@dataclass
class LidoObject:
    record_id: str
    title: str
    work_type: str
    measurements: str
    repository: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False,
                           remove_blank_text=True)


def _text(node, path: str) -> str:
    found = node.find(path, LIDO_NS)
    return (found.text or "").strip() if found is not None else ""


def iter_objects(xml_bytes: bytes) -> Iterator[LidoObject]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    for rec in root.iterfind(".//lido:lido", LIDO_NS):
        yield LidoObject(
            record_id=_text(rec, "lido:lidoRecID"),
            title=_text(rec, ".//lido:titleSet/lido:appellationValue"),
            work_type=_text(rec, ".//lido:objectWorkType/lido:term"),
            measurements=_text(rec, ".//lido:displayObjectMeasurements"),
            repository=_text(rec, ".//lido:repositoryName//lido:appellationValue"),
        )


def import_upload(xml_bytes: bytes, institution: str, repo) -> int:
    count = 0
    for obj in iter_objects(xml_bytes):
        if not obj.record_id:
            continue
        repo.upsert_incoming_object(
            institution=institution,
            external_id=obj.record_id,
            title=obj.title or "(untitled)",
            object_type=obj.work_type,
            dimensions=obj.measurements,
        )
        count += 1
    return count
