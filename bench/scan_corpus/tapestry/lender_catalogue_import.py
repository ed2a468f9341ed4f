"""Imports object records that lending museums send as XML catalogue exports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

NS = {"c": "urn:tapestry-studio:catalogue:1"}


@dataclass
class CatalogueObject:
    object_number: str
    title: str
    maker: str | None
    date_text: str | None
    width_cm: float | None
    height_cm: float | None
    materials: list[str]


def _text(node: etree._Element, path: str) -> str | None:
    found = node.find(path, NS)
    if found is None or found.text is None:
        return None
    return found.text.strip()


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_catalogue(payload: bytes) -> list[CatalogueObject]:
    root = etree.fromstring(payload, parser=_parser())
    objects = []
    for rec in root.iterfind("c:object", NS):
        number = _text(rec, "c:objectNumber")
        if not number:
            continue
        objects.append(
            CatalogueObject(
                object_number=number,
                title=_text(rec, "c:title") or "(untitled)",
                maker=_text(rec, "c:maker"),
                date_text=_text(rec, "c:date"),
                width_cm=_float(_text(rec, "c:dimensions/c:width")),
                height_cm=_float(_text(rec, "c:dimensions/c:height")),
                materials=[m.text.strip() for m in rec.iterfind("c:materials/c:material", NS) if m.text],
            )
        )
    return objects


def import_file(path: Path) -> list[CatalogueObject]:
    """Entry point for the registrar's 'Import lender catalogue' upload."""
    return parse_catalogue(path.read_bytes())
