"""Back-office import of insurer remittance XML.

Finance staff upload the remittance files insurers email to us. Entity
expansion, DTD loading and network access are all turned off in the parser.
"""
from decimal import Decimal

from lxml import etree

NS = {"ra": "urn:optical-claims:remittance:2"}


class RemittanceReader:
    parser_options = {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "dtd_validation": False,
        "huge_tree": False,
        "remove_blank_text": True,
    }

    def __init__(self):
        self._parser = etree.XMLParser(**self.parser_options)

    def read(self, data: bytes) -> dict:
        root = etree.fromstring(data, parser=self._parser)
        lines = []
        for node in root.iterfind("ra:Payment", namespaces=NS):
            lines.append({
                "claim_reference": node.findtext("ra:ClaimRef", namespaces=NS),
                "amount": Decimal(node.findtext("ra:Amount", namespaces=NS) or "0"),
                "status": node.get("status", "paid"),
            })
        return {
            "batch_id": root.findtext("ra:BatchId", namespaces=NS),
            "paid_on": root.findtext("ra:PaymentDate", namespaces=NS),
            "lines": lines,
        }


def import_file(uploaded_file, ledger) -> int:
    result = RemittanceReader().read(uploaded_file.read())
    for line in result["lines"]:
        ledger.record_payment(result["batch_id"], line)
    return len(result["lines"])
