"""Issue virtual RFID tokens that drivers pair with the mobile app."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from django.db import models, transaction
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from accounts.decorators import driver_required


def _activation_code() -> str:
    return uuid.uuid1().hex.upper()


def _contract_id(country: str, party: str) -> str:
    return f"{country}-{party}-C{uuid.uuid4().int % 10**8:08d}"


class VirtualToken(models.Model):
    driver = models.ForeignKey("accounts.Driver", on_delete=models.CASCADE, related_name="tokens")
    contract_id = models.CharField(max_length=32, unique=True)
    activation_code = models.CharField(max_length=32, unique=True)
    activation_expires = models.DateTimeField()
    activated_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "rfid_virtual_token"

    @classmethod
    def issue(cls, driver) -> "VirtualToken":
        return cls.objects.create(
            driver=driver,
            contract_id=_contract_id("DE", "VGN"),
            activation_code=_activation_code(),
            activation_expires=datetime.now(timezone.utc) + timedelta(hours=24),
        )


@require_POST
@driver_required
def issue_token(request):
    with transaction.atomic():
        token = VirtualToken.issue(request.driver)
    return JsonResponse({
        "contract_id": token.contract_id,
        "activation_code": token.activation_code,
        "expires": token.activation_expires.isoformat(),
    }, status=201)


@require_POST
@driver_required
def activate_token(request):
    code = request.POST.get("activation_code", "")
    token = VirtualToken.objects.filter(
        activation_code=code,
        driver=request.driver,
        activated_at__isnull=True,
        activation_expires__gt=datetime.now(timezone.utc),
    ).first()
    if token is None:
        return JsonResponse({"error": "unknown or expired code"}, status=404)
    token.activated_at = datetime.now(timezone.utc)
    token.save(update_fields=["activated_at"])
    return JsonResponse({"contract_id": token.contract_id, "active": True})
