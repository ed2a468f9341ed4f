"""Import supplier invoices sent as UBL 2.1 XML (AP-64).

Suppliers upload their invoice XML through the portal; we extract the
header fields and line items and create a draft payable for review.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from lxml import etree

from payables.auth import SupplierUser, current_supplier
from payables.service import create_draft_payable

router = APIRouter(prefix="/supplier/invoices", tags=["supplier"])

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


@dataclass
class ParsedLine:
    description: str
    quantity: Decimal
    amount: Decimal


def _parse_ubl(payload: bytes) -> tuple[str, str, list[ParsedLine]]:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)
    root = etree.fromstring(payload, parser)
    number = root.findtext("cbc:ID", namespaces=NS)
    currency = root.findtext("cbc:DocumentCurrencyCode", namespaces=NS)
    lines = [
        ParsedLine(
            description=el.findtext("cac:Item/cbc:Name", namespaces=NS) or "",
            quantity=Decimal(el.findtext("cbc:InvoicedQuantity", namespaces=NS) or "0"),
            amount=Decimal(el.findtext("cbc:LineExtensionAmount", namespaces=NS) or "0"),
        )
        for el in root.iterfind("cac:InvoiceLine", namespaces=NS)
    ]
    if not number or not currency:
        raise ValueError("Invoice ID and currency are required")
    return number, currency, lines


@router.post("/xml", status_code=201)
async def upload_invoice_xml(
    file: UploadFile = File(...),
    supplier: SupplierUser = Depends(current_supplier),
) -> dict[str, str]:
    payload = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(payload) > MAX_UPLOAD_BYTES:
        raise HTTPException(413, "Invoice file too large")
    try:
        number, currency, lines = _parse_ubl(payload)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise HTTPException(422, f"Could not read invoice: {exc}") from exc

    payable = create_draft_payable(supplier.supplier_id, number, currency, lines)
    return {"id": str(payable.id), "status": payable.status}
