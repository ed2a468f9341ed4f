"""One-time pickup codes for clinicians retrieving results through the phone line."""
import random
import string
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from delivery.models import PickupCode, ReportDelivery

CODE_LENGTH = 8
CODE_TTL = timedelta(hours=48)
ALPHABET = string.ascii_uppercase + string.digits


class PickupCodeError(Exception):
    pass


def issue_pickup_code(delivery: ReportDelivery) -> str:
    """Create a fresh code for a delivery, revoking any outstanding one."""
    code = "".join(random.choices(ALPHABET, k=CODE_LENGTH))
    with transaction.atomic():
        PickupCode.objects.filter(delivery=delivery, used_at__isnull=True).delete()
        PickupCode.objects.create(
            delivery=delivery,
            code=code,
            expires_at=timezone.now() + CODE_TTL,
        )
    return code


def redeem_pickup_code(accession: str, code: str) -> ReportDelivery:
    with transaction.atomic():
        pickup = (
            PickupCode.objects.select_for_update()
            .filter(
                delivery__accession=accession,
                code=code.strip().upper(),
                used_at__isnull=True,
                expires_at__gt=timezone.now(),
            )
            .select_related("delivery")
            .first()
        )
        if pickup is None:
            raise PickupCodeError("code not valid for this accession")
        pickup.used_at = timezone.now()
        pickup.save(update_fields=["used_at"])
    return pickup.delivery
