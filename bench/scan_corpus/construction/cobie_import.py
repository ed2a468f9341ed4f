"""Import COBie XML handover data (spaces, components, warranties).

Contractors upload the COBie deliverable at practical completion; we load
the component schedule into the asset register for the FM team.
"""
from dataclasses import dataclass
from typing import BinaryIO

from defusedxml import ElementTree as DET

NS = {"cobie": "http://docs.buildingsmartalliance.org/nbims03/cobie/core"}


@dataclass
class Component:
    name: str
    type_name: str
    space: str
    serial_number: str | None
    installation_date: str | None
    warranty_start: str | None


def _child_text(elem, tag: str) -> str | None:
    node = elem.find(f"cobie:{tag}", NS)
    return node.text.strip() if node is not None and node.text else None


def parse_components(source: BinaryIO) -> list[Component]:
    tree = DET.parse(source)
    components = []
    for elem in tree.getroot().iterfind(".//cobie:Component", NS):
        components.append(Component(
            name=elem.get("ComponentName", ""),
            type_name=_child_text(elem, "ComponentTypeName") or "",
            space=_child_text(elem, "ComponentSpace") or "",
            serial_number=_child_text(elem, "ComponentSerialNumber"),
            installation_date=_child_text(elem, "ComponentInstallationDate"),
            warranty_start=_child_text(elem, "ComponentWarrantyStartDate"),
        ))
    return components


def components_by_space(components: list[Component]) -> dict[str, list[Component]]:
    grouped: dict[str, list[Component]] = {}
    for c in components:
        grouped.setdefault(c.space or "UNASSIGNED", []).append(c)
    return grouped
