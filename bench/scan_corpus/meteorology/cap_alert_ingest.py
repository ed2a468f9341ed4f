"""Ingest of CAP 1.2 alerts relayed by neighbouring agencies.

Cross-border alerts (e.g. from provincial or tribal alerting authorities)
arrive as CAP XML over the partner relay and are merged into the warning map.
"""
from dataclasses import dataclass

from lxml import etree

CAP_NS = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}

_parser = etree.XMLParser(remove_blank_text=True, resolve_entities=True, load_dtd=True)


@dataclass
class CapAlert:
    identifier: str
    sender: str
    sent: str
    event: str
    severity: str
    headline: str
    polygons: list[str]


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, CAP_NS)
    return found.text.strip() if found is not None and found.text else default


def parse_cap(raw: bytes) -> CapAlert:
    root = etree.fromstring(raw, parser=_parser)
    info = root.find("cap:info", CAP_NS)
    return CapAlert(
        identifier=_text(root, "cap:identifier"),
        sender=_text(root, "cap:sender"),
        sent=_text(root, "cap:sent"),
        event=_text(info, "cap:event"),
        severity=_text(info, "cap:severity", "Unknown"),
        headline=_text(info, "cap:headline"),
        polygons=[p.text for p in info.iterfind("cap:area/cap:polygon", CAP_NS) if p.text],
    )
