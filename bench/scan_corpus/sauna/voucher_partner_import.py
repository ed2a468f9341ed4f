"""Imports gift voucher sales reported by reseller partners as XML settlement files."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Dict, List

from fastapi import FastAPI, File, UploadFile
from lxml import etree

app = FastAPI()


@dataclass
class PartnerSale:
    partner_ref: str
    voucher_code: str
    amount: Decimal
    sold_at: str


class SettlementParser:
    PARSER_OPTS: Dict[str, Any] = {"resolve_entities": True, "no_network": False, "load_dtd": True}
    NS = {"s": "urn:bathhouse:settlement:v1"}

    def __init__(self, **overrides: Any) -> None:
        self._parser = etree.XMLParser(**{**self.PARSER_OPTS, **overrides})

    def parse(self, payload: bytes) -> List[PartnerSale]:
        root = etree.fromstring(payload, parser=self._parser)
        sales: List[PartnerSale] = []
        for node in root.iterfind("s:sale", namespaces=self.NS):
            sales.append(
                PartnerSale(
                    partner_ref=node.findtext("s:ref", namespaces=self.NS) or "",
                    voucher_code=node.findtext("s:voucher", namespaces=self.NS) or "",
                    amount=Decimal(node.findtext("s:amount", namespaces=self.NS) or "0"),
                    sold_at=node.findtext("s:soldAt", namespaces=self.NS) or "",
                )
            )
        return sales


parser = SettlementParser()


@app.post("/partners/{partner_id}/settlements")
async def upload_settlement(partner_id: str, file: UploadFile = File(...)) -> dict:
    sales = parser.parse(await file.read())
    total = sum((s.amount for s in sales), Decimal("0"))
    return {
        "partner": partner_id,
        "sales": len(sales),
        "total": str(total),
        "vouchers": [s.voucher_code for s in sales],
    }
