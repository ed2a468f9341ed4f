from datetime import date
from decimal import Decimal

import pytest
from defusedxml.ElementTree import fromstring

from apintake.intake import ingest
from apintake.models import InvoiceError
from apintake.remittance import build_remittance

CSV = b"""invoice,supplier,issue_date,due_date,currency,total,sku,description,quantity,unit_price,amount
CP-0301,Cascade Produce Co.,2025-03-01,2025-03-31,USD,31.50,LET-ROM,Romaine hearts,6,3.25,19.50
CP-0301,Cascade Produce Co.,2025-03-01,2025-03-31,USD,31.50,HRB-BAS,Basil bunch,4,3.00,12.00
"""


def test_csv_invoice():
    invoice = ingest("cp-0301.CSV", CSV)
    assert invoice.number == "CP-0301" and invoice.due_date == date(2025, 3, 31)
    assert [line.sku for line in invoice.lines] == ["LET-ROM", "HRB-BAS"]
    assert invoice.total == Decimal("31.50")


def test_csv_total_mismatch():
    with pytest.raises(InvoiceError):
        ingest("cp.csv", CSV.replace(b"31.50", b"32.00"))


def test_unknown_format():
    with pytest.raises(InvoiceError):
        ingest("invoice.pdf", b"%PDF-1.7")


def test_remittance_lists_paid_invoices():
    xml = build_remittance([ingest("cp.csv", CSV)], date(2025, 4, 2))
    root = fromstring(xml)
    assert root.get("paidOn") == "2025-04-02"
    assert root.find("Payer").text == "{{ org_name }}"
    assert root.find("Invoice").get("number") == "CP-0301"
