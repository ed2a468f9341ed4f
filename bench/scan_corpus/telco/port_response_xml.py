"""Parses port completion notices returned by recipient operators."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree

NS = {"np": "urn:mvno:numberporting:1.2"}


def _hardened_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=True,
    )


@dataclass
class PortCompletion:
    request_id: str
    msisdn: str
    recipient_operator: str
    completed_at: datetime
    routing_number: str = ""


class PortCompletionParser:
    def __init__(self) -> None:
        self._parser = _hardened_parser()

    def parse(self, data: bytes) -> PortCompletion:
        root = etree.fromstring(data, parser=self._parser)
        if root.tag != f"{{{NS['np']}}}PortCompletion":
            raise ValueError(f"unexpected root element {root.tag}")

        def text(path: str, default: str | None = None) -> str:
            value = root.findtext(path, namespaces=NS)
            if value is None:
                if default is None:
                    raise ValueError(f"missing {path}")
                return default
            return value.strip()

        return PortCompletion(
            request_id=text("np:RequestId"),
            msisdn=text("np:MSISDN"),
            recipient_operator=text("np:Recipient/np:OperatorCode"),
            completed_at=datetime.fromisoformat(text("np:CompletedAt")),
            routing_number=text("np:RoutingNumber", ""),
        )
