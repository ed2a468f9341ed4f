"""Parses LIDO XML records sent by partner museums with incoming loans."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

LIDO_NS = {"lido": "http://www.lido-schema.org"}

SAFE_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_blank_text=True,
)


@dataclass
class LidoObject:
    record_id: str
    title: str
    object_type: str | None
    creation_date: str | None
    repository: str | None


def _first(node: etree._Element, xpath: str) -> str | None:
    values = node.xpath(xpath, namespaces=LIDO_NS)
    if not values:
        return None
    value = values[0]
    text = value if isinstance(value, str) else value.text
    return text.strip() if text else None


def parse_lido(payload: bytes) -> list[LidoObject]:
    root = etree.fromstring(payload, parser=SAFE_PARSER)
    records = root.xpath("//lido:lido", namespaces=LIDO_NS) or [root]
    out = []
    for rec in records:
        record_id = _first(rec, "lido:lidoRecID/text()")
        if record_id is None:
            continue
        out.append(
            LidoObject(
                record_id=record_id,
                title=_first(rec, ".//lido:titleSet/lido:appellationValue/text()") or "(untitled)",
                object_type=_first(rec, ".//lido:objectWorkType/lido:term/text()"),
                creation_date=_first(rec, ".//lido:eventDate/lido:displayDate/text()"),
                repository=_first(rec, ".//lido:repositoryName//lido:appellationValue/text()"),
            )
        )
    return out
