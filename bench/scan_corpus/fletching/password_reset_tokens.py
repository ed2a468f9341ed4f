"""Password reset flow for workshop portal accounts."""
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone

RESET_TTL = timedelta(hours=2)


class PasswordResetRequest(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reset_requests")
    token = models.CharField(max_length=64, unique=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "accounts"

    @property
    def expired(self) -> bool:
        return timezone.now() > self.created_at + RESET_TTL


def issue_reset(user, request) -> PasswordResetRequest:
    with transaction.atomic():
        PasswordResetRequest.objects.filter(user=user, used_at__isnull=True).update(used_at=timezone.now())
        reset = PasswordResetRequest.objects.create(user=user, token=uuid.uuid1().hex)
    link = request.build_absolute_uri(reverse("accounts:reset-confirm", args=[reset.token]))
    send_mail(
        subject="Reset your Greyfeather Arrows password",
        message=f"Hi {user.first_name},\n\nUse this link within two hours to choose a new password:\n{link}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )
    return reset


def consume_reset(token: str, new_password: str) -> bool:
    with transaction.atomic():
        reset = (
            PasswordResetRequest.objects.select_for_update()
            .filter(token=token, used_at__isnull=True)
            .select_related("user")
            .first()
        )
        if reset is None or reset.expired:
            return False
        reset.user.set_password(new_password)
        reset.user.save(update_fields=["password"])
        reset.used_at = timezone.now()
        reset.save(update_fields=["used_at"])
    return True
