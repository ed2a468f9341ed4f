"""Certificates of authenticity for gallery artworks.

Certificates are generated when an artwork is sold and stored on disk;
the database keeps the storage key for each certificate.
"""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404


class Certificate(models.Model):
    order_line = models.OneToOneField("gallery.OrderLine", on_delete=models.CASCADE)
    artwork_title = models.CharField(max_length=200)
    storage_key = models.CharField(max_length=255, editable=False)
    issued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "gallery"

    @property
    def file_path(self) -> Path:
        return Path(settings.CERTIFICATE_ROOT) / self.storage_key


@login_required
def download_certificate(request, certificate_id: int):
    cert = get_object_or_404(
        Certificate.objects.select_related("order_line__order"),
        pk=certificate_id,
        order_line__order__customer__user=request.user,
    )
    path = cert.file_path
    if not path.is_file():
        raise Http404("Certificate is still being prepared")
    filename = f"certificate-{cert.pk}.pdf"
    return FileResponse(path.open("rb"), as_attachment=True, filename=filename,
                        content_type="application/pdf")
