"""Imports warranty claim settlement batches that manufacturers send as XML."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, List

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from lxml import etree

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class Settlement:
    claim_ref: str
    job_card: str
    decision: str
    credit_amount: Decimal
    currency: str


class SettlementBatchReader:
    def __init__(self, **parser_kwargs) -> None:
        self.parser = etree.XMLParser(**{**PARSER_OPTIONS, **parser_kwargs})

    def parse(self, payload: bytes) -> etree._Element:
        return etree.fromstring(payload, self.parser)

    def settlements(self, payload: bytes) -> Iterator[Settlement]:
        root = self.parse(payload)
        for node in root.iterfind(".//Settlement"):
            yield Settlement(
                claim_ref=node.findtext("ClaimRef", "").strip(),
                job_card=node.findtext("DealerReference", "").strip(),
                decision=node.findtext("Decision", "pending").strip().lower(),
                credit_amount=Decimal(node.findtext("Credit", "0")),
                currency=node.get("currency", "GBP"),
            )


@login_required
def import_settlements(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["batch"]
    reader = SettlementBatchReader()
    imported: List[dict] = []
    for s in reader.settlements(upload.read()):
        imported.append(
            {"claim": s.claim_ref, "job": s.job_card, "decision": s.decision,
             "credit": str(s.credit_amount), "currency": s.currency}
        )
    return JsonResponse({"imported": len(imported), "rows": imported})
