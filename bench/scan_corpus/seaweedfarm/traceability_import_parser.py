"""Parses traceability XML files uploaded by partner hatcheries.

Hatcheries send a seed-string dispatch document listing the seed batch,
the strain and the longline it was deployed on. The file is uploaded
through the partner portal and parsed into deployment records.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, BinaryIO

from lxml import etree

PARSER_SETTINGS: dict[str, Any] = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class SeedDeployment:
    seed_batch: str
    strain: str
    longline: str
    metres: float


class HatcheryDocumentReader:
    namespace = {"h": "urn:swf:hatchery:dispatch:1"}

    def __init__(self, **overrides: Any) -> None:
        self._parser = etree.XMLParser(**{**PARSER_SETTINGS, **overrides})

    def parse(self, stream: BinaryIO) -> etree._Element:
        return etree.parse(stream, self._parser).getroot()

    def deployments(self, root: etree._Element) -> list[SeedDeployment]:
        records = []
        for node in root.iterfind("h:deployment", self.namespace):
            records.append(
                SeedDeployment(
                    seed_batch=node.findtext("h:seedBatch", namespaces=self.namespace) or "",
                    strain=node.findtext("h:strain", namespaces=self.namespace) or "",
                    longline=node.findtext("h:longline", namespaces=self.namespace) or "",
                    metres=float(node.findtext("h:metres", default="0", namespaces=self.namespace)),
                )
            )
        return records


def import_upload(stream: BinaryIO) -> list[SeedDeployment]:
    reader = HatcheryDocumentReader()
    root = reader.parse(stream)
    if root.tag != "{urn:swf:hatchery:dispatch:1}dispatch":
        raise ValueError("not a hatchery dispatch document")
    return reader.deployments(root)
