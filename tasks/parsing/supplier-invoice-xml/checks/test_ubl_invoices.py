from datetime import date
from decimal import Decimal

import pytest

from apintake.intake import ingest
from apintake.models import Invoice, InvoiceError
from apintake.ubl import parse_ubl_invoice

NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
      'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
      'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"')

LINE = """
  <cac:InvoiceLine>
    <cbc:ID>{n}</cbc:ID>
    <cbc:InvoicedQuantity unitCode="KGM">{qty}</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">{amount}</cbc:LineExtensionAmount>
    <cac:Item>
      <cbc:Description>ignored</cbc:Description>
      <cbc:Name>{name}</cbc:Name>
      <cac:SellersItemIdentification><cbc:ID>{sku}</cbc:ID></cac:SellersItemIdentification>
    </cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">{price}</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>"""


def ubl(total="61.30", due="<cbc:DueDate>2025-05-04</cbc:DueDate>", root="Invoice", ns=NS):
    lines = LINE.format(n=1, qty="12", amount="54.00", name="Roma tomatoes", sku="TOM-ROMA", price="4.50")
    lines += LINE.format(n=2, qty="2.5", amount="7.30", name="Flat-leaf parsley", sku="HRB-PAR", price="2.92")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<{root} {ns}>
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:ID>CP-2025-0412</cbc:ID>
  <cbc:IssueDate>2025-04-04</cbc:IssueDate>
  {due}
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PartyIdentification><cbc:ID>SUP-77</cbc:ID></cac:PartyIdentification>
    <cac:PartyName><cbc:Name>Cascade Produce Co.</cbc:Name></cac:PartyName>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyName><cbc:Name>Buyer Ltd</cbc:Name></cac:PartyName>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">61.30</cbc:LineExtensionAmount>
    <cbc:PayableAmount currencyID="EUR">{total}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>{lines}
</{root}>
""".encode()


def test_parses_header_fields():
    invoice = parse_ubl_invoice(ubl())
    assert isinstance(invoice, Invoice)
    assert invoice.number == "CP-2025-0412"
    assert invoice.supplier == "Cascade Produce Co."
    assert invoice.issue_date == date(2025, 4, 4)
    assert invoice.due_date == date(2025, 5, 4)
    assert invoice.currency == "EUR"
    assert invoice.total == Decimal("61.30")


def test_parses_lines_in_order():
    lines = parse_ubl_invoice(ubl()).lines
    assert [l.sku for l in lines] == ["TOM-ROMA", "HRB-PAR"]
    assert [l.description for l in lines] == ["Roma tomatoes", "Flat-leaf parsley"]
    assert lines[1].quantity == Decimal("2.5")
    assert lines[1].unit_price == Decimal("2.92")
    assert lines[0].amount == Decimal("54.00")


def test_due_date_is_optional():
    assert parse_ubl_invoice(ubl(due="")).due_date is None


def test_other_namespace_prefixes():
    ns = NS.replace("xmlns:cac=", "xmlns:a=").replace("xmlns:cbc=", "xmlns:b=")
    text = ubl(ns=ns).decode().replace("<cac:", "<a:").replace("</cac:", "</a:")
    text = text.replace("<cbc:", "<b:").replace("</cbc:", "</b:")
    assert parse_ubl_invoice(text.encode()).number == "CP-2025-0412"


def test_ingest_routes_xml():
    invoice = ingest("CP-2025-0412.XML", ubl())
    assert invoice.supplier == "Cascade Produce Co."
    assert len(invoice.lines) == 2


def test_total_mismatch():
    with pytest.raises(InvoiceError):
        parse_ubl_invoice(ubl(total="70.00"))


@pytest.mark.parametrize("data", [
    b"<Invoice><cbc:ID>unclosed",
    b"",
    b"not xml at all",
])
def test_malformed_xml(data):
    with pytest.raises(InvoiceError):
        ingest("x.xml", data)


def test_not_an_invoice():
    credit_note = ubl(root="CreditNote", ns=NS.replace("Invoice-2", "CreditNote-2"))
    with pytest.raises(InvoiceError):
        parse_ubl_invoice(credit_note)


def test_csv_still_supported():
    csv = (b"invoice,supplier,issue_date,due_date,currency,total,sku,description,quantity,unit_price,amount\n"
           b"A-1,Acme,2025-03-01,,USD,2.00,X,Thing,1,2.00,2.00\n")
    assert ingest("a.csv", csv).total == Decimal("2.00")
