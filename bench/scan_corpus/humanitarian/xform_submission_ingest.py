"""Ingest XForm submissions posted by ODK-compatible collection apps.

Implements the OpenRosa submission endpoint: the device posts a multipart
body whose ``xml_submission_file`` part holds the filled-in instance.
"""
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from lxml import etree

from .models import Submission

_INSTANCE_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=True, load_dtd=True)

OPENROSA_HEADERS = {"X-OpenRosa-Version": "1.0"}


def _flatten(elem, prefix="") -> dict:
    out = {}
    for child in elem:
        tag = etree.QName(child).localname
        key = f"{prefix}/{tag}" if prefix else tag
        if len(child):
            out.update(_flatten(child, key))
        else:
            out[key] = (child.text or "").strip()
    return out


@csrf_exempt
@require_POST
def submission(request):
    upload = request.FILES.get("xml_submission_file")
    if upload is None:
        return HttpResponseBadRequest("missing xml_submission_file")
    try:
        root = etree.fromstring(upload.read(), _INSTANCE_PARSER)
    except etree.XMLSyntaxError:
        return HttpResponseBadRequest("invalid XML")
    form_id = root.get("id")
    instance_id = root.findtext(".//{*}meta/{*}instanceID")
    Submission.objects.update_or_create(
        instance_id=instance_id,
        defaults={"form_id": form_id, "data": _flatten(root), "submitted_by": request.user},
    )
    resp = HttpResponse(status=201)
    for k, v in OPENROSA_HEADERS.items():
        resp[k] = v
    return resp
