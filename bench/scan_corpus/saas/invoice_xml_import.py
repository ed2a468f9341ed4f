"""Imports supplier invoices uploaded as UBL 2.1 XML into the billing ledger."""
from decimal import Decimal

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from app.auth import current_tenant
from app.billing.ledger import record_supplier_invoice

router = APIRouter()

UBL = {
    "inv": "urn:oasis:names:tc:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:tc:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:tc:ubl:schema:xsd:CommonAggregateComponents-2",
}


def parse_ubl_invoice(data: bytes) -> dict:
    root = SafeET.fromstring(data)
    total = root.find("cac:LegalMonetaryTotal/cbc:PayableAmount", UBL)
    return {
        "number": root.findtext("cbc:ID", namespaces=UBL),
        "issue_date": root.findtext("cbc:IssueDate", namespaces=UBL),
        "supplier": root.findtext(
            "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", namespaces=UBL
        ),
        "currency": total.get("currencyID") if total is not None else None,
        "amount": Decimal(total.text) if total is not None else None,
    }


@router.post("/billing/supplier-invoices/import")
async def import_invoice(file: UploadFile = File(...), tenant=Depends(current_tenant)):
    data = await file.read(2 * 1024 * 1024 + 1)
    if len(data) > 2 * 1024 * 1024:
        raise HTTPException(status_code=413, detail="invoice too large")
    try:
        invoice = parse_ubl_invoice(data)
    except (SafeET.ParseError, DefusedXmlException) as exc:
        raise HTTPException(status_code=400, detail=f"invalid invoice XML: {exc}")
    if not invoice["number"] or invoice["amount"] is None:
        raise HTTPException(status_code=422, detail="missing invoice number or amount")
    record_supplier_invoice(tenant.id, invoice)
    return {"number": invoice["number"], "amount": str(invoice["amount"])}
