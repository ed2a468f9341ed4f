"""Streaming import of camt.053 bank statements uploaded by merchants.

Merchants on manual settlement upload their bank's end-of-day statement so that
incoming BNPL payouts can be matched to our settlement batches. Files can run to
tens of megabytes, hence SAX instead of building a tree.
"""
import xml.sax
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from reconciliation.matching import match_entries

CAMT_NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"


@dataclass
class StatementEntry:
    amount: Decimal
    currency: str
    booking_date: str
    reference: str


class Camt053Handler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.entries: list[StatementEntry] = []
        self._path: list[str] = []
        self._text: list[str] = []
        self._current: dict = {}

    def startElementNS(self, name, qname, attrs):
        _, local = name
        self._path.append(local)
        self._text = []
        if local == "Ntry":
            self._current = {}
        elif local == "Amt":
            self._current["currency"] = attrs.getValueByQName("Ccy")

    def characters(self, content):
        self._text.append(content)

    def endElementNS(self, name, qname):
        _, local = name
        text = "".join(self._text).strip()
        if local == "Amt" and "Ntry" in self._path:
            self._current["amount"] = Decimal(text)
        elif local == "Dt" and "BookgDt" in self._path:
            self._current["booking_date"] = text
        elif local == "EndToEndId":
            self._current["reference"] = text
        elif local == "Ntry":
            self.entries.append(StatementEntry(**{"reference": "", **self._current}))
        self._path.pop()


def parse_statement(stream) -> list[StatementEntry]:
    handler = Camt053Handler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, True)
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.entries


@require_POST
def upload_statement(request):
    upload = request.FILES["statement"]
    entries = parse_statement(upload)
    matched, unmatched = match_entries(request.user.merchant, entries)
    return JsonResponse({"entries": len(entries), "matched": matched, "unmatched": unmatched})
