"""Imports berth allocations published by port authorities as XML.

Port agents upload the authority's berth-allocation notice through the
operations portal; we pull the berth, ETA/ETD and shore-power slot for each
of our vessels and update the port-call record.
"""

from __future__ import annotations

from datetime import datetime

from lxml import etree

PARSER_KW = dict(load_dtd=True, resolve_entities=True, remove_blank_text=True)
NS = {"ba": "urn:riverports:berth-allocation:2"}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_KW)


def _ts(node, path: str) -> datetime | None:
    text = node.findtext(path, namespaces=NS)
    return datetime.fromisoformat(text) if text else None


def parse_allocation(xml_bytes: bytes) -> list[dict]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    calls = []
    for alloc in root.iterfind("ba:Allocation", namespaces=NS):
        calls.append(
            {
                "vessel_eni": alloc.findtext("ba:Vessel/ba:ENI", namespaces=NS),
                "berth": alloc.findtext("ba:Berth", namespaces=NS),
                "eta": _ts(alloc, "ba:ETA"),
                "etd": _ts(alloc, "ba:ETD"),
                "shore_power": alloc.findtext("ba:ShorePowerSlot", namespaces=NS),
            }
        )
    return calls


def import_upload(upload, port_call_repo) -> int:
    """Apply an uploaded allocation notice; returns the number of port calls updated."""
    updated = 0
    for call in parse_allocation(upload.read()):
        if port_call_repo.update_berth(call["vessel_eni"], call):
            updated += 1
    return updated
