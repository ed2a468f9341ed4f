"""Generated licence certificate PDFs, looked up by certificate id."""
from __future__ import annotations

import os
import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, JsonResponse

from licensing.models import LicenceCertificate

CERT_DIR = getattr(settings, "LICENCE_CERT_DIR", "/srv/licensing/certificates")


def certificate_path(certificate_id: str) -> str:
    try:
        cid = uuid.UUID(certificate_id)
    except ValueError:
        raise Http404("unknown certificate")
    return os.path.join(CERT_DIR, cid.hex[:2], f"{cid.hex}.pdf")


def owned_certificate(request: HttpRequest, certificate_id: str) -> LicenceCertificate:
    try:
        cert = LicenceCertificate.objects.select_related("licence").get(pk=certificate_id)
    except (LicenceCertificate.DoesNotExist, ValueError):
        raise Http404("unknown certificate")
    if cert.licence.owner_id != request.user.id and not request.user.is_staff:
        raise Http404("unknown certificate")
    return cert


@login_required
def download_certificate(request: HttpRequest, certificate_id: str) -> FileResponse:
    cert = owned_certificate(request, certificate_id)
    path = certificate_path(str(cert.pk))
    if not os.path.exists(path):
        raise Http404("certificate not generated yet")
    filename = f"licence-{cert.licence.index_no}-{cert.valid_from:%Y}.pdf"
    return FileResponse(open(path, "rb"), content_type="application/pdf",
                        as_attachment=True, filename=filename)


@login_required
def certificate_status(request: HttpRequest, certificate_id: str) -> JsonResponse:
    cert = owned_certificate(request, certificate_id)
    ready = os.path.exists(certificate_path(str(cert.pk)))
    return JsonResponse({"certificate": str(cert.pk), "ready": ready})
