"""Imports livestock movement documents from the national traceability scheme.

When sheep are bought in or sold off the farm the saleyard emails an XML
movement document; the office uploads it here to update the flock register.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lxml import etree

NS = {"m": "urn:traceability:movement:2"}


@dataclass
class Movement:
    document_id: str
    moved_on: date
    from_pic: str
    to_pic: str
    tags: list[str]


class MovementDocumentReader:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)

    def __init__(self, home_pic: str) -> None:
        self.home_pic = home_pic

    def parse(self, payload: bytes) -> Movement:
        root = etree.fromstring(payload, parser=self.parser)
        return Movement(
            document_id=root.findtext("m:DocumentId", namespaces=NS),
            moved_on=date.fromisoformat(root.findtext("m:MovementDate", namespaces=NS)),
            from_pic=root.findtext("m:From/m:PIC", namespaces=NS),
            to_pic=root.findtext("m:To/m:PIC", namespaces=NS),
            tags=[t.text.strip() for t in root.iterfind("m:Animals/m:Tag", namespaces=NS)],
        )

    def direction(self, movement: Movement) -> str:
        if movement.to_pic == self.home_pic:
            return "in"
        if movement.from_pic == self.home_pic:
            return "out"
        return "unrelated"


def apply_movement(register, reader: MovementDocumentReader, payload: bytes) -> dict:
    movement = reader.parse(payload)
    direction = reader.direction(movement)
    if direction == "in":
        register.add_tags(movement.tags, arrived=movement.moved_on, source=movement.from_pic)
    elif direction == "out":
        register.remove_tags(movement.tags, departed=movement.moved_on, dest=movement.to_pic)
    return {"document": movement.document_id, "direction": direction, "head": len(movement.tags)}
