"""Imports MISMO 3.4 loan files uploaded by brokers into the LOS.

Only a handful of fields are mapped here; the full file is kept as the
system-of-record attachment.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as DET
from flask import Blueprint, abort, jsonify, request

from .los import create_loan_shell

bp = Blueprint("mismo_import", __name__, url_prefix="/broker/import")

NS = {"m": "http://www.mismo.org/residential/2009/schemas"}
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


@dataclass
class ImportedLoan:
    loan_amount: Decimal
    purpose: str
    borrower_first: str
    borrower_last: str
    property_state: str


def _text(root, path: str, default: str = "") -> str:
    node = root.find(path, NS)
    return node.text.strip() if node is not None and node.text else default


def parse_mismo(xml_bytes: bytes) -> ImportedLoan:
    root = DET.fromstring(xml_bytes, forbid_dtd=True)
    return ImportedLoan(
        loan_amount=Decimal(_text(root, ".//m:TERMS_OF_LOAN/m:NoteAmount", "0")),
        purpose=_text(root, ".//m:TERMS_OF_LOAN/m:LoanPurposeType"),
        borrower_first=_text(root, ".//m:PARTY//m:INDIVIDUAL/m:NAME/m:FirstName"),
        borrower_last=_text(root, ".//m:PARTY//m:INDIVIDUAL/m:NAME/m:LastName"),
        property_state=_text(root, ".//m:SUBJECT_PROPERTY/m:ADDRESS/m:StateCode"),
    )


@bp.post("/mismo")
def upload_mismo():
    upload = request.files.get("file")
    if upload is None:
        abort(400, "file is required")
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        loan = parse_mismo(data)
    except DET.ParseError:
        abort(422, "not a well-formed MISMO document")
    loan_number = create_loan_shell(loan, source_xml=data)
    return jsonify(loanNumber=loan_number), 201
