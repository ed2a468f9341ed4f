"""Handle title-transfer notifications pushed by the land registry over SOAP."""
import logging

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from lxml import etree

from .services import register_title_transfer
from .soap_auth import verify_wss_signature

log = logging.getLogger(__name__)

NS = {
    "soap": "http://schemas.xmlsoap.org/soap/envelope/",
    "lr": "urn:gov:landregistry:transfer:1.4",
}

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_envelope(raw: bytes) -> etree._Element:
    root = etree.fromstring(raw, parser=PARSER)
    if root.getroottree().docinfo.doctype:
        raise ValueError("DOCTYPE not allowed in exchange messages")
    return root


@csrf_exempt
@require_POST
def title_transfer(request):
    try:
        root = parse_envelope(request.body)
    except (etree.XMLSyntaxError, ValueError) as exc:
        log.warning("rejected land registry message: %s", exc)
        return HttpResponseBadRequest("invalid envelope")

    if not verify_wss_signature(root):
        return HttpResponse(status=401)

    transfer = root.find("soap:Body/lr:TitleTransfer", NS)
    if transfer is None:
        return HttpResponseBadRequest("no TitleTransfer element")

    register_title_transfer(
        title_number=transfer.findtext("lr:TitleNumber", namespaces=NS),
        parcel_id=transfer.findtext("lr:ParcelId", namespaces=NS),
        transferee=transfer.findtext("lr:Transferee/lr:Name", namespaces=NS),
        registered_on=transfer.findtext("lr:RegisteredOn", namespaces=NS),
    )
    return HttpResponse(status=202)
