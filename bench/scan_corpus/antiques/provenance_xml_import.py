"""Imports provenance chains supplied by partner auction houses as XML exchange files."""
from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from lxml import etree


class ExchangeParserConfig:
    namespace = {"pv": "urn:antiques-exchange:provenance:1"}
    parser_options = {"resolve_entities": True, "no_network": False, "load_dtd": True}


@dataclass
class OwnershipRecord:
    owner: str
    acquired: str
    method: str
    evidence: str | None


def make_parser(config: type[ExchangeParserConfig] = ExchangeParserConfig) -> etree.XMLParser:
    return etree.XMLParser(remove_blank_text=True, **config.parser_options)


class ProvenanceImporter:
    def __init__(self, config: type[ExchangeParserConfig] = ExchangeParserConfig) -> None:
        self.config = config
        self.parser = make_parser(config)

    def _text(self, node: etree._Element, path: str) -> str | None:
        found = node.find(path, namespaces=self.config.namespace)
        return found.text.strip() if found is not None and found.text else None

    def parse(self, stream: BinaryIO) -> dict[str, list[OwnershipRecord]]:
        tree = etree.parse(stream, self.parser)
        chains: dict[str, list[OwnershipRecord]] = {}
        for lot in tree.iterfind(".//pv:lot", namespaces=self.config.namespace):
            lot_number = lot.get("number", "")
            records = []
            for entry in lot.iterfind("pv:owner", namespaces=self.config.namespace):
                records.append(
                    OwnershipRecord(
                        owner=self._text(entry, "pv:name") or "Unknown",
                        acquired=self._text(entry, "pv:date") or "",
                        method=entry.get("method", "unrecorded"),
                        evidence=self._text(entry, "pv:evidence"),
                    )
                )
            chains[lot_number] = records
        return chains


def import_partner_file(upload: BinaryIO) -> int:
    chains = ProvenanceImporter().parse(upload)
    return sum(len(records) for records in chains.values())
