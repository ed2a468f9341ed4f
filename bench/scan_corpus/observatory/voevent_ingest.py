"""Ingest VOEvent packets received from the transient-alert brokers.

Packets arrive over the VOEvent Transport Protocol and are passed here as
raw bytes; we pull out the fields the follow-up scheduler needs.
"""
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

NS = {"voe": "http://www.ivoa.net/xml/VOEvent/v2.0"}

_parser = etree.XMLParser(load_dtd=True, no_network=False, remove_blank_text=True)


@dataclass
class Trigger:
    ivorn: str
    role: str
    event_time: datetime
    ra_deg: float
    dec_deg: float
    error_radius_deg: float
    params: dict


def _text(node, path: str) -> str:
    found = node.find(path, NS)
    if found is None or found.text is None:
        raise ValueError(f"VOEvent missing {path}")
    return found.text.strip()


def parse_voevent(payload: bytes) -> Trigger:
    root = etree.fromstring(payload, parser=_parser)
    pos = ".//WhereWhen//Position2D"
    params = {
        p.get("name"): p.get("value")
        for p in root.iterfind(".//What//Param")
        if p.get("name")
    }
    return Trigger(
        ivorn=root.get("ivorn", ""),
        role=root.get("role", "observation"),
        event_time=datetime.fromisoformat(_text(root, ".//WhereWhen//ISOTime")),
        ra_deg=float(_text(root, f"{pos}/Value2/C1")),
        dec_deg=float(_text(root, f"{pos}/Value2/C2")),
        error_radius_deg=float(_text(root, f"{pos}/Error2Radius")),
        params=params,
    )


def is_actionable(trigger: Trigger) -> bool:
    return trigger.role == "observation" and trigger.error_radius_deg < 1.0
