"""Streams closing-fee details out of MISMO 3.4 files sent by settlement agents.

Files can be large (scanned exhibits embedded as base64), so we use SAX rather
than building a tree.
"""
from __future__ import annotations

import xml.sax
from dataclasses import dataclass
from decimal import Decimal
from typing import BinaryIO
from xml.sax.handler import feature_external_ges, feature_namespaces

MISMO_NS = "http://www.mismo.org/residential/2009/schemas"


@dataclass
class Fee:
    fee_type: str = ""
    paid_by: str = ""
    amount: Decimal = Decimal(0)


class ClosingFeeHandler(xml.sax.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.fees: list[Fee] = []
        self._current: Fee | None = None
        self._text: list[str] = []

    def startElementNS(self, name, qname, attrs):
        ns, local = name
        if ns == MISMO_NS and local == "FEE":
            self._current = Fee()
        self._text = []

    def characters(self, content):
        self._text.append(content)

    def endElementNS(self, name, qname):
        ns, local = name
        text = "".join(self._text).strip()
        if self._current is None:
            return
        if local == "FeeType":
            self._current.fee_type = text
        elif local == "FeePaidByType":
            self._current.paid_by = text
        elif local == "FeeActualPaymentAmount":
            self._current.amount = Decimal(text or "0")
        elif local == "FEE":
            self.fees.append(self._current)
            self._current = None


def parse_closing_fees(stream: BinaryIO) -> list[Fee]:
    handler = ClosingFeeHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, True)
    # agents' files pull the shared fee-type list in via an external entity
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.fees
