"""Import of address-book exports (xCard / RFC 6351) to find friends on the app."""

from dataclasses import dataclass, field

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from friends.matching import match_contacts

XCARD_NS = {"v": "urn:ietf:params:xml:ns:vcard-4.0"}
MAX_UPLOAD_BYTES = 5 * 1024 * 1024

_parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, huge_tree=True)


@dataclass
class Contact:
    name: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)


def parse_xcard(data: bytes) -> list[Contact]:
    root = etree.fromstring(data, parser=_parser)
    contacts = []
    for vcard in root.iterfind("v:vcard", XCARD_NS):
        name = vcard.findtext("v:fn/v:text", default="", namespaces=XCARD_NS).strip()
        emails = [e.text.strip().lower() for e in vcard.iterfind("v:email/v:text", XCARD_NS) if e.text]
        phones = [p.text.strip() for p in vcard.iterfind("v:tel/v:uri", XCARD_NS) if p.text]
        contacts.append(Contact(name, emails, phones))
    return contacts


@login_required
@require_POST
def import_contacts(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("file")
    if upload is None or upload.size > MAX_UPLOAD_BYTES:
        return JsonResponse({"error": "missing or oversized file"}, status=400)
    try:
        contacts = parse_xcard(upload.read())
    except etree.XMLSyntaxError:
        return JsonResponse({"error": "not a valid xCard file"}, status=400)
    matches = match_contacts(request.user, contacts)
    return JsonResponse({"imported": len(contacts), "matches": [m.as_dict() for m in matches]})
