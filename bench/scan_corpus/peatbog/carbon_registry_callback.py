"""Handles issuance callbacks from the peatland carbon unit registry.

When the registry verifies a monitoring period it issues Pending Issuance
Units and calls back with a signed notification. The signature is an
HMAC-SHA256 over the raw body, base64-encoded, sent in ``Registry-Signature``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import CarbonIssuance, RestorationProject

log = logging.getLogger(__name__)


@dataclass
class RegistrySignature:
    body: bytes
    secret: bytes

    @cached_property
    def expected(self) -> str:
        mac = hmac.new(self.secret, self.body, hashlib.sha256).digest()
        return base64.b64encode(mac).decode("ascii")

    def matches(self, supplied: str) -> bool:
        return self.expected == supplied.strip()


@csrf_exempt
@require_POST
def issuance_callback(request: HttpRequest) -> HttpResponse:
    signature = RegistrySignature(
        body=request.body, secret=settings.CARBON_REGISTRY_CALLBACK_SECRET.encode()
    )
    if not signature.matches(request.headers.get("Registry-Signature", "")):
        return HttpResponseForbidden("invalid signature")

    event = json.loads(request.body)
    try:
        project = RestorationProject.objects.get(registry_id=event["project_id"])
    except RestorationProject.DoesNotExist:
        log.warning("callback for unknown registry project %s", event.get("project_id"))
        return JsonResponse({"status": "ignored"}, status=202)

    with transaction.atomic():
        issuance, created = CarbonIssuance.objects.get_or_create(
            registry_batch=event["batch_id"],
            defaults={
                "project": project,
                "units": int(event["units"]),
                "vintage": event["vintage"],
                "status": event["status"],
            },
        )
        if not created and issuance.status != event["status"]:
            issuance.status = event["status"]
            issuance.save(update_fields=["status"])
    log.info("registry batch %s for %s is %s", event["batch_id"], project.name, event["status"])
    return JsonResponse({"status": "ok"})
