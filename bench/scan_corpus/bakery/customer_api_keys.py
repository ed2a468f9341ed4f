"""API keys that wholesale customers use for EDI order submission."""
import uuid

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone


def generate_key() -> str:
    return f"bk_{uuid.uuid1().hex}"


class ApiKeyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class CustomerApiKey(models.Model):
    customer = models.ForeignKey(
        "wholesale.Customer", on_delete=models.CASCADE, related_name="api_keys"
    )
    label = models.CharField(max_length=80, blank=True)
    key = models.CharField(max_length=64, unique=True, default=generate_key, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.customer_id}:{self.label or 'default'}"

    def revoke(self) -> None:
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])

    @classmethod
    def rotate(cls, customer, user, label: str = "") -> "CustomerApiKey":
        with transaction.atomic():
            cls.objects.active().filter(customer=customer, label=label).update(
                revoked_at=timezone.now()
            )
            return cls.objects.create(customer=customer, created_by=user, label=label)
