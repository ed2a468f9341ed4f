"""Wholesale customers download heat-treatment certificates for the batches they bought."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import FileResponse, Http404


class HeatCertificate(models.Model):
    batch_no = models.CharField(max_length=20)
    account = models.ForeignKey("wholesale.TradeAccount", on_delete=models.CASCADE)
    storage_path = models.CharField(max_length=255)
    issued_on = models.DateField(auto_now_add=True)

    class Meta:
        app_label = "wholesale"


def certificate_file(cert: HeatCertificate) -> str:
    # storage_path is written by the certificate generator, never by users
    return os.path.join(settings.CERTIFICATE_ROOT, cert.storage_path)


@login_required
def download_certificate(request, cert_id: int):
    account = getattr(request.user, "trade_account", None)
    if account is None:
        raise Http404
    try:
        cert = HeatCertificate.objects.get(pk=cert_id, account=account)
    except HeatCertificate.DoesNotExist:
        raise Http404
    path = certificate_file(cert)
    if not os.path.exists(path):
        raise Http404
    return FileResponse(
        open(path, "rb"),
        as_attachment=True,
        filename=f"heat-certificate-{cert.batch_no}.pdf",
        content_type="application/pdf",
    )
