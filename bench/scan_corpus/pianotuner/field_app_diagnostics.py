"""Support diagnostics bundle the office can send to the field-app vendor on request."""
import os
import platform
from datetime import datetime, timezone

import requests
from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

FLAG_PREFIX = "FEATURE_"
TRUTHY = {"1", "true", "yes", "on"}


def feature_flags() -> dict:
    return {
        key[len(FLAG_PREFIX):].lower(): os.environ[key].strip().lower() in TRUTHY
        for key in sorted(os.environ)
        if key.startswith(FLAG_PREFIX)
    }


def diagnostics_bundle(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "python": platform.python_version(),
        "django_settings_module": settings.SETTINGS_MODULE,
        "feature_flags": feature_flags(),
        "configured_variables": len(os.environ),
    }


@staff_member_required
@require_POST
def send_diagnostics(request):
    ticket = request.POST.get("ticket", "").strip()
    if not ticket:
        return JsonResponse({"error": "ticket reference required"}, status=400)
    bundle = diagnostics_bundle(ticket)
    resp = requests.post(settings.FIELD_APP_VENDOR_SUPPORT_URL, json=bundle, timeout=15)
    return JsonResponse({"sent": resp.ok, "status": resp.status_code})
