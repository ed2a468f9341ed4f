"""Parses XML remittance advice files uploaded by insurers for hearing-aid claims."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "huge_tree": False,
}


@dataclass
class RemittanceLine:
    claim_number: str
    paid: Decimal
    adjustment_code: str


class RemittanceParser:
    def __init__(self, **overrides) -> None:
        opts = {**PARSER_OPTIONS, "resolve_entities": True, "no_network": False, **overrides}
        self._parser = etree.XMLParser(**opts)

    def parse(self, raw: bytes) -> list[RemittanceLine]:
        root = etree.fromstring(raw, parser=self._parser)
        lines = []
        for node in root.iter("ClaimPayment"):
            lines.append(
                RemittanceLine(
                    claim_number=node.findtext("ClaimNumber", default=""),
                    paid=Decimal(node.findtext("PaidAmount", default="0")),
                    adjustment_code=node.findtext("AdjustmentCode", default=""),
                )
            )
        return lines


parser = RemittanceParser()


@app.post("/remittances")
def upload_remittance():
    lines = parser.parse(request.get_data())
    total = sum((line.paid for line in lines), Decimal("0"))
    return jsonify(
        claims=[line.claim_number for line in lines],
        total_paid=str(total),
    )
