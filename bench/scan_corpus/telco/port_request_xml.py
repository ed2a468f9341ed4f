"""Parses port-in requests that donor operators deliver as XML over the porting SFTP drop."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from lxml import etree

log = logging.getLogger(__name__)

NS = {"np": "urn:mvno:numberporting:1.2"}

_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=True, load_dtd=True)


@dataclass
class PortedNumber:
    msisdn: str
    account_type: str = "prepaid"


@dataclass
class PortInRequest:
    request_id: str
    donor_operator: str
    pac: str
    port_date: datetime
    numbers: list[PortedNumber] = field(default_factory=list)


class PortRequestParser:
    def _text(self, root: etree._Element, path: str) -> str:
        value = root.findtext(path, namespaces=NS)
        if value is None:
            raise ValueError(f"missing element {path}")
        return value.strip()

    def parse_bytes(self, data: bytes) -> PortInRequest:
        root = etree.fromstring(data, parser=_PARSER)
        request = PortInRequest(
            request_id=self._text(root, "np:RequestId"),
            donor_operator=self._text(root, "np:Donor/np:OperatorCode"),
            pac=self._text(root, "np:AuthorisationCode"),
            port_date=datetime.fromisoformat(self._text(root, "np:PortDate")),
        )
        for el in root.iterfind("np:Numbers/np:Number", namespaces=NS):
            request.numbers.append(
                PortedNumber(
                    msisdn=el.findtext("np:MSISDN", namespaces=NS).strip(),
                    account_type=el.get("accountType", "prepaid"),
                )
            )
        return request

    def parse_drop(self, drop_dir: Path) -> list[PortInRequest]:
        requests = []
        for path in sorted(drop_dir.glob("*.xml")):
            try:
                requests.append(self.parse_bytes(path.read_bytes()))
            except (etree.XMLSyntaxError, ValueError) as exc:
                log.warning("skipping %s: %s", path.name, exc)
        return requests
