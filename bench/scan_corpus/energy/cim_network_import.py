"""Import distribution network models exported by the GIS as CIM/XML (IEC 61968-13).

GIS contractors upload the export through the planning portal; we pull out
feeders, switches and transformers and load them into the network model DB.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

CIM_NS = "http://iec.ch/TC57/CIM100#"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NS = {"cim": CIM_NS, "rdf": RDF_NS}

# the GIS export declares its unit abbreviations as DTD entities
_PARSER_OPTIONS = {
    "load_dtd": True,
    "resolve_entities": True,
    "huge_tree": False,
    "remove_blank_text": True,
}


@dataclass
class Equipment:
    mrid: str
    kind: str
    name: str
    feeder: str | None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


def parse_equipment(xml_bytes: bytes) -> list[Equipment]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    items = []
    for kind in ("Breaker", "LoadBreakSwitch", "PowerTransformer", "Fuse"):
        for el in root.iterfind(f"cim:{kind}", NS):
            container = el.find("cim:Equipment.EquipmentContainer", NS)
            items.append(
                Equipment(
                    mrid=el.get(f"{{{RDF_NS}}}ID") or el.get(f"{{{RDF_NS}}}about", ""),
                    kind=kind,
                    name=el.findtext("cim:IdentifiedObject.name", default="", namespaces=NS),
                    feeder=container.get(f"{{{RDF_NS}}}resource") if container is not None else None,
                )
            )
    return items


def import_upload(upload_path: str, repo) -> int:
    with open(upload_path, "rb") as fh:
        equipment = parse_equipment(fh.read())
    repo.replace_equipment(equipment)
    return len(equipment)
