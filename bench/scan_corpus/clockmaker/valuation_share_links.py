"""Shareable links to valuation certificates.

Owners can send an insurer or auction house a link that opens a read-only
copy of a valuation certificate for a limited time.
"""
import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from clockmaker.valuations.models import CertificateShare, ValuationCertificate

SHARE_TTL = timedelta(days=settings.CERTIFICATE_SHARE_DAYS)


def _new_share_key(nbytes: int = 24) -> str:
    return secrets.token_urlsafe(nbytes)


@require_POST
def create_share(request, certificate_id: int):
    certificate = get_object_or_404(
        ValuationCertificate, pk=certificate_id, owner=request.user
    )
    share = CertificateShare.objects.create(
        certificate=certificate,
        key=_new_share_key(),
        recipient_label=request.POST.get("recipient", "")[:120],
        expires_at=datetime.now(timezone.utc) + SHARE_TTL,
    )
    url = request.build_absolute_uri(f"/certificates/shared/{share.key}/")
    return JsonResponse({"url": url, "expires_at": share.expires_at.isoformat()})


def open_share(request, key: str):
    share = CertificateShare.objects.select_related("certificate").filter(key=key).first()
    if share is None or share.expires_at < datetime.now(timezone.utc) or share.revoked:
        raise Http404("Certificate link not found")
    cert = share.certificate
    return JsonResponse(
        {
            "certificate_number": cert.number,
            "maker": cert.maker,
            "movement": cert.movement_description,
            "valuation_gbp": str(cert.amount),
            "issued_on": cert.issued_on.isoformat(),
        }
    )
