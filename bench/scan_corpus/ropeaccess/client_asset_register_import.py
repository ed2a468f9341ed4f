"""Imports a client's asset register so anchors and davits can be scheduled.

Building owners export their fall-arrest asset register (roof anchors, davit
arms, eyebolts, horizontal lifelines) from their CAFM system as XML and upload
it through the client portal.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lxml import etree

NS = {"a": "urn:cafm:assets:1"}


@dataclass
class AnchorAsset:
    asset_tag: str
    kind: str
    location: str
    rated_kn: float
    last_tested: date | None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def _text(node, path: str) -> str:
    found = node.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def parse_register(xml_bytes: bytes) -> list[AnchorAsset]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    assets = []
    for node in root.iterfind(".//a:Asset", NS):
        tested = _text(node, "a:LastTested")
        assets.append(
            AnchorAsset(
                asset_tag=_text(node, "a:Tag"),
                kind=_text(node, "a:Type").lower(),
                location=_text(node, "a:Location"),
                rated_kn=float(_text(node, "a:RatedLoadKN") or 0),
                last_tested=date.fromisoformat(tested) if tested else None,
            )
        )
    return assets


def import_upload(client_id: int, upload, repo) -> int:
    assets = parse_register(upload.read())
    for asset in assets:
        repo.upsert_anchor(client_id, asset)
    return len(assets)
