"""Reads train consist messages (vehicle order) received from operator TOPS feeds.

Each message lists the vehicles in running order so that the depot can map a
wheel impact load detector alarm to a physical wheelset.
"""
from lxml import etree

from wheeltapper.config import settings

MAX_MESSAGE_BYTES = settings.CONSIST_MAX_BYTES


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )


def read_consist(data: bytes) -> dict:
    if len(data) > MAX_MESSAGE_BYTES:
        raise ValueError("consist message too large")
    root = etree.fromstring(data, parser=_parser())
    vehicles = []
    for position, node in enumerate(root.iter("Vehicle"), start=1):
        vehicles.append({
            "position": position,
            "vehicle_number": node.findtext("Number", "").strip(),
            "reversed": node.get("orientation") == "R",
            "axles": int(node.findtext("Axles", "4")),
        })
    return {
        "headcode": root.findtext("Headcode", "").strip(),
        "origin": root.findtext("Origin", "").strip(),
        "vehicles": vehicles,
    }


def locate_axle(consist: dict, axle_index: int) -> tuple[str, int]:
    seen = 0
    for vehicle in consist["vehicles"]:
        axles = vehicle["axles"]
        if axle_index <= seen + axles:
            local = axle_index - seen
            if vehicle["reversed"]:
                local = axles - local + 1
            return vehicle["vehicle_number"], local
        seen += axles
    raise IndexError(f"axle {axle_index} beyond consist length {seen}")
