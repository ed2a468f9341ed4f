"""Parses MISMO SMART Doc packages received from lenders for e-closings.

A SMART Doc bundles the view (XHTML) and data sections of a promissory
note; the notary platform pulls borrower names and the document hash out of
it to pre-populate the journal entry.
"""
from dataclasses import dataclass

from lxml import etree

SMARTDOC_NS = {"sd": "http://www.mismo.org/residential/2009/schemas"}

# SMART Doc v1.02 relies on DTD-declared entities in the view section
PARSER_OPTIONS = dict(
    load_dtd=True,
    resolve_entities=True,
    remove_blank_text=True,
    huge_tree=False,
)


@dataclass
class SmartDocSummary:
    document_type: str
    borrowers: list[str]
    view_hash: str | None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_smart_doc(payload: bytes) -> SmartDocSummary:
    root = etree.fromstring(payload, parser=_parser())
    doc_type = root.findtext(".//sd:DOCUMENT_TYPE", default="", namespaces=SMARTDOC_NS)
    borrowers = [
        " ".join(filter(None, (
            b.findtext("sd:FirstName", namespaces=SMARTDOC_NS),
            b.findtext("sd:LastName", namespaces=SMARTDOC_NS),
        )))
        for b in root.iterfind(".//sd:BORROWER", namespaces=SMARTDOC_NS)
    ]
    view_hash = root.findtext(".//sd:SIGNATURE_MODEL/sd:TamperSealHash", namespaces=SMARTDOC_NS)
    return SmartDocSummary(document_type=doc_type, borrowers=borrowers, view_hash=view_hash)


def handle_lender_upload(request_body: bytes, journal_draft) -> SmartDocSummary:
    summary = parse_smart_doc(request_body)
    journal_draft.document_title = summary.document_type or "Promissory Note"
    journal_draft.signer_names = summary.borrowers
    return summary
