"""Import protocol submissions exported from the ethics committee portal.

The portal exports each submission as an XML document following its own
schema; committee secretaries upload these files here so the protocol and
its approved sample types are registered in the biobank.
"""
from dataclasses import dataclass, field

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

NS = {"ec": "urn:ethics-portal:submission:3"}


@dataclass
class Submission:
    reference: str
    title: str
    principal_investigator: str
    sample_types: list[str] = field(default_factory=list)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def parse_submission(raw: bytes) -> Submission:
    root = etree.fromstring(raw, parser=_parser())
    return Submission(
        reference=root.findtext("ec:reference", namespaces=NS),
        title=root.findtext("ec:title", namespaces=NS),
        principal_investigator=root.findtext("ec:pi/ec:name", namespaces=NS),
        sample_types=[e.text for e in root.iterfind("ec:samples/ec:type", namespaces=NS)],
    )


@require_POST
def upload_submission(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("submission")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    submission = parse_submission(upload.read())
    return JsonResponse(
        {
            "reference": submission.reference,
            "title": submission.title,
            "sample_types": submission.sample_types,
        }
    )
