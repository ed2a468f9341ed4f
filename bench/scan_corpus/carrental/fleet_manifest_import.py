"""Import of fleet manifests uploaded by franchisees.

Franchisees export their vehicle list from their own DMS as XML and upload
it through the portal; this module turns it into Vehicle rows.
"""
from dataclasses import dataclass
from datetime import date

from lxml import etree

NS = {"fm": "urn:rentco:fleet-manifest:1"}

_PARSER = etree.XMLParser(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    huge_tree=False,
)


@dataclass
class ManifestVehicle:
    vin: str
    registration: str
    make: str
    model: str
    category: str
    first_registered: date


def parse_manifest(xml_bytes: bytes) -> list[ManifestVehicle]:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    vehicles = []
    for node in root.iterfind("fm:vehicle", namespaces=NS):
        vehicles.append(
            ManifestVehicle(
                vin=node.findtext("fm:vin", namespaces=NS).strip().upper(),
                registration=node.findtext("fm:registration", namespaces=NS).strip(),
                make=node.findtext("fm:make", namespaces=NS),
                model=node.findtext("fm:model", namespaces=NS),
                category=node.get("acriss", "XXXX"),
                first_registered=date.fromisoformat(node.findtext("fm:firstRegistered", namespaces=NS)),
            )
        )
    return vehicles


def import_manifest(franchise, upload) -> int:
    vehicles = parse_manifest(upload.read())
    created = 0
    for item in vehicles:
        _, was_created = franchise.vehicles.update_or_create(
            vin=item.vin,
            defaults={
                "registration": item.registration,
                "make": item.make,
                "model": item.model,
                "acriss_code": item.category,
                "first_registered": item.first_registered,
            },
        )
        created += int(was_created)
    return created
