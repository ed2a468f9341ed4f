"""Stores scanned DBS certificates for tutors under server-generated names."""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import DbsCertificate, Tutor

ALLOWED_TYPES = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


@dataclass(frozen=True)
class CertificateStore:
    root: Path

    @classmethod
    def default(cls) -> "CertificateStore":
        return cls(Path(settings.DBS_CERTIFICATE_ROOT))

    def path_for(self, cert: DbsCertificate) -> Path:
        return self.root / f"tutor-{cert.tutor_id:06d}" / f"{cert.storage_key}{cert.extension}"

    def write(self, cert: DbsCertificate, upload) -> None:
        path = self.path_for(cert)
        path.parent.mkdir(mode=0o750, parents=True, exist_ok=True)
        with open(path, "wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        os.chmod(path, 0o640)


@staff_member_required
@require_POST
def upload_certificate(request: HttpRequest, tutor_id: int):
    tutor = Tutor.objects.filter(pk=tutor_id).first()
    upload = request.FILES.get("certificate")
    if tutor is None or upload is None:
        raise Http404("tutor or file missing")
    extension = ALLOWED_TYPES.get(upload.content_type)
    if extension is None:
        return JsonResponse({"error": "unsupported file type"}, status=415)
    cert = DbsCertificate.objects.create(
        tutor=tutor,
        storage_key=uuid.uuid4().hex,
        extension=extension,
        original_name=upload.name[:200],
        certificate_number=request.POST.get("certificate_number", "")[:20],
    )
    CertificateStore.default().write(cert, upload)
    return JsonResponse({"certificate": cert.pk}, status=201)


@staff_member_required
def download_certificate(request: HttpRequest, cert_id: int):
    cert = DbsCertificate.objects.filter(pk=cert_id).first()
    if cert is None:
        raise Http404("no such certificate")
    path = CertificateStore.default().path_for(cert)
    if not path.is_file():
        raise Http404("file missing")
    return FileResponse(path.open("rb"), as_attachment=True, filename=f"dbs-{cert.tutor_id}{cert.extension}")
