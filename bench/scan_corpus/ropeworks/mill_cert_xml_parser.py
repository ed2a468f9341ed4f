"""Parses fibre mill certificates that suppliers send as XML.

Each delivery of HMPE or polyester yarn comes with a mill certificate
listing lot number, linear density and tenacity.  The values are stored
against the fibre lot for batch traceability.
"""
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

SAFE_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


@dataclass
class MillCertificate:
    supplier: str
    lot_number: str
    material: str
    linear_density_dtex: Decimal
    tenacity_cn_dtex: Decimal


def _text(root: etree._Element, tag: str) -> str:
    value = root.findtext(tag)
    if value is None or not value.strip():
        raise ValueError(f"mill certificate is missing <{tag}>")
    return value.strip()


def parse_certificate(document: bytes) -> MillCertificate:
    root = etree.fromstring(document, SAFE_PARSER)
    if root.tag != "MillCertificate":
        raise ValueError(f"unexpected root element {root.tag}")
    return MillCertificate(
        supplier=_text(root, "Supplier"),
        lot_number=_text(root, "LotNumber"),
        material=_text(root, "Material"),
        linear_density_dtex=Decimal(_text(root, "LinearDensity")),
        tenacity_cn_dtex=Decimal(_text(root, "Tenacity")),
    )


def import_inbox(inbox: Path, repository) -> int:
    count = 0
    for path in sorted(inbox.glob("*.xml")):
        cert = parse_certificate(path.read_bytes())
        repository.upsert_fibre_lot(cert)
        path.rename(path.with_suffix(".done"))
        count += 1
    return count
