"""Imports object records exported from museum collection systems for restoration jobs."""
from dataclasses import dataclass
from typing import Iterable

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException

SPECTRUM_NS = "{http://www.collectionstrust.org.uk/spectrum}"


@dataclass
class MuseumObject:
    accession_no: str
    title: str
    date_made: str
    maker: str
    condition: str


class CatalogueImportError(Exception):
    pass


def _field(el, name: str) -> str:
    child = el.find(f"{SPECTRUM_NS}{name}")
    return (child.text or "").strip() if child is not None else ""


def parse_catalogue(xml_bytes: bytes) -> list[MuseumObject]:
    try:
        root = DET.fromstring(xml_bytes)
    except (DET.ParseError, DefusedXmlException) as exc:
        raise CatalogueImportError(f"catalogue export rejected: {exc}") from exc
    return [
        MuseumObject(
            accession_no=_field(obj, "objectNumber"),
            title=_field(obj, "objectName"),
            date_made=_field(obj, "productionDate"),
            maker=_field(obj, "productionPerson"),
            condition=_field(obj, "conditionNote"),
        )
        for obj in root.iter(f"{SPECTRUM_NS}object")
    ]


def wheeled_vehicles(objects: Iterable[MuseumObject]) -> list[MuseumObject]:
    keywords = ("cart", "wagon", "carriage", "gig", "trap", "dray", "brougham", "landau")
    return [o for o in objects if any(k in o.title.lower() for k in keywords)]


def open_restoration_jobs(xml_bytes: bytes, client_id: int, jobs) -> list[str]:
    refs = []
    for obj in wheeled_vehicles(parse_catalogue(xml_bytes)):
        refs.append(jobs.create(
            client_id=client_id,
            title=f"{obj.title} ({obj.accession_no})",
            notes=f"Maker: {obj.maker or 'unrecorded'}; made {obj.date_made}; {obj.condition}",
        ))
    return refs
