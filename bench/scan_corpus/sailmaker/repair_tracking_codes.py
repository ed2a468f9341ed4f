"""Tracking codes for repair jobs.

When a sail is dropped off, the customer gets a short code printed on the
intake ticket. The code opens the repair page where they can see photos of
the damage and approve the quote without logging in.
"""
import random
import string
from datetime import datetime, timezone

from django.db import IntegrityError, models, transaction

ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


class RepairJob(models.Model):
    sail_number = models.CharField(max_length=32)
    customer = models.ForeignKey("customers.Customer", on_delete=models.PROTECT)
    description = models.TextField()
    tracking_code = models.CharField(max_length=CODE_LENGTH, unique=True)
    quote_approved_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "repairs"


def new_tracking_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(ALPHABET, k=length))


def open_repair_job(customer, sail_number: str, description: str) -> RepairJob:
    for _ in range(5):
        try:
            with transaction.atomic():
                return RepairJob.objects.create(
                    customer=customer,
                    sail_number=sail_number.upper(),
                    description=description,
                    tracking_code=new_tracking_code(),
                )
        except IntegrityError:
            continue
    raise RuntimeError("could not allocate a tracking code")


def approve_quote(tracking_code: str) -> bool:
    updated = RepairJob.objects.filter(
        tracking_code=tracking_code.upper(), quote_approved_at__isnull=True
    ).update(quote_approved_at=datetime.now(timezone.utc))
    return updated == 1
