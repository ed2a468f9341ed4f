"""Import third-party HACCP audit results.

External auditors upload their findings as XML exported from their audit
tool (one <Finding> per non-conformity). Each finding becomes a corrective
action ticket for the QA team.
"""
from dataclasses import dataclass
from xml.sax import handler, make_parser

from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from qa.models import CorrectiveAction


@dataclass
class Finding:
    ccp: str = ""
    severity: str = ""
    text: str = ""


class FindingHandler(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.findings: list[Finding] = []
        self._current: Finding | None = None
        self._collecting = False
        self._buf: list[str] = []

    def startElement(self, name, attrs):
        if name == "Finding":
            self._current = Finding(ccp=attrs.get("ccp", ""), severity=attrs.get("severity", "minor"))
        elif name == "Description" and self._current is not None:
            self._buf = []
            self._collecting = True

    def characters(self, content):
        if self._collecting:
            self._buf.append(content)

    def endElement(self, name):
        if name == "Description" and self._current is not None:
            self._current.text = "".join(self._buf).strip()
            self._collecting = False
        elif name == "Finding" and self._current is not None:
            self.findings.append(self._current)
            self._current = None


def parse_findings(fileobj) -> list[Finding]:
    parser = make_parser()
    collector = FindingHandler()
    parser.setContentHandler(collector)
    parser.setFeature(handler.feature_external_ges, True)
    parser.parse(fileobj)
    return collector.findings


@require_POST
@permission_required("qa.add_correctiveaction", raise_exception=True)
def upload_audit(request):
    findings = parse_findings(request.FILES["report"])
    for f in findings:
        CorrectiveAction.objects.create(
            source="external_audit",
            ccp=f.ccp,
            severity=f.severity,
            description=f.text,
            raised_by=request.user,
        )
    return JsonResponse({"imported": len(findings)})
