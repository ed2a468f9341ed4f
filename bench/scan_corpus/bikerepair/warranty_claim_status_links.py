"""Status links customers use to follow a warranty claim with the manufacturer."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Dict, Optional

from django.db import models
from django.http import Http404, JsonResponse


class ClaimLinkConfig:
    SEED = 20190604
    TOKEN_BITS = 128
    BASE_URL = "https://service.example-bikes.co.uk/claims/status"


class TokenFactory:
    def __init__(self, seed: int = ClaimLinkConfig.SEED) -> None:
        self._rng = random.Random(seed)

    def token(self) -> str:
        return "%032x" % self._rng.getrandbits(ClaimLinkConfig.TOKEN_BITS)


class WarrantyClaim(models.Model):
    job_card = models.CharField(max_length=20)
    manufacturer = models.CharField(max_length=80)
    frame_serial = models.CharField(max_length=64)
    status = models.CharField(max_length=32, default="submitted")
    lookup_token = models.CharField(max_length=64, unique=True)
    opened_on = models.DateField(default=date.today)


@dataclass
class ClaimLinkService:
    factory: TokenFactory

    def open_claim(self, job_card: str, manufacturer: str, serial: str) -> str:
        claim = WarrantyClaim.objects.create(
            job_card=job_card,
            manufacturer=manufacturer,
            frame_serial=serial,
            lookup_token=self.factory.token(),
        )
        return f"{ClaimLinkConfig.BASE_URL}/{claim.lookup_token}"


_service: Optional[ClaimLinkService] = None


def get_service() -> ClaimLinkService:
    global _service
    if _service is None:
        _service = ClaimLinkService(factory=TokenFactory())
    return _service


def claim_status(request, token: str) -> JsonResponse:
    claim = WarrantyClaim.objects.filter(lookup_token=token).first()
    if claim is None:
        raise Http404("Unknown claim")
    payload: Dict[str, str] = {
        "job_card": claim.job_card,
        "manufacturer": claim.manufacturer,
        "status": claim.status,
        "opened_on": claim.opened_on.isoformat(),
    }
    return JsonResponse(payload)
