"""Imports structured test results (XML) sent by the notified body after EN 71 testing."""

from dataclasses import dataclass
from datetime import date

from lxml import etree
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from workshop.compliance.models import TestReport, TestResult

RESULT_NS = {"r": "urn:toy-safety:results:1"}


@dataclass
class ParsedResult:
    clause: str
    requirement: str
    verdict: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


def parse_results(payload: bytes) -> tuple[str, date, list[ParsedResult]]:
    root = etree.fromstring(payload, parser=_parser())
    report_number = root.findtext("r:reportNumber", namespaces=RESULT_NS)
    issued = date.fromisoformat(root.findtext("r:issued", namespaces=RESULT_NS))
    results = [
        ParsedResult(
            clause=node.get("clause"),
            requirement=node.findtext("r:requirement", default="", namespaces=RESULT_NS).strip(),
            verdict=node.findtext("r:verdict", default="", namespaces=RESULT_NS).strip().upper(),
        )
        for node in root.iterfind("r:results/r:result", namespaces=RESULT_NS)
    ]
    return report_number, issued, results


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def import_lab_results(request):
    report_number, issued, results = parse_results(request.body)
    report, _ = TestReport.objects.get_or_create(number=report_number, defaults={"issued_on": issued})
    report.results.all().delete()
    TestResult.objects.bulk_create(
        TestResult(report=report, clause=r.clause, requirement=r.requirement, verdict=r.verdict)
        for r in results
    )
    failed = [r.clause for r in results if r.verdict != "PASS"]
    return Response({"report": report.number, "failed_clauses": failed}, status=status.HTTP_201_CREATED)
