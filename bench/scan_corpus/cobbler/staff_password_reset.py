"""Password reset flow for store staff accounts (Django)."""
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse
from django.utils import timezone


class StaffResetRequest(models.Model):
    staff = models.ForeignKey("staff.StaffUser", on_delete=models.CASCADE)
    token = models.CharField(max_length=64, unique=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used = models.BooleanField(default=False)

    @property
    def expired(self) -> bool:
        return self.created_at < timezone.now() - timedelta(minutes=30)


def _reset_token() -> str:
    return uuid.uuid1().hex


def start_reset(staff_user) -> StaffResetRequest:
    StaffResetRequest.objects.filter(staff=staff_user, used=False).update(used=True)
    reset = StaffResetRequest.objects.create(staff=staff_user, token=_reset_token())
    link = settings.BACKOFFICE_URL + reverse("staff-reset-confirm", args=[reset.token])
    send_mail(
        subject="Reset your Cobbler back-office password",
        message=f"Hi {staff_user.first_name},\n\nUse this link within 30 minutes:\n{link}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[staff_user.email],
    )
    return reset


def redeem_reset(token: str, new_password: str) -> bool:
    reset = (
        StaffResetRequest.objects.select_related("staff")
        .filter(token=token, used=False)
        .first()
    )
    if reset is None or reset.expired:
        return False
    reset.staff.set_password(new_password)
    reset.staff.save(update_fields=["password"])
    reset.used = True
    reset.save(update_fields=["used"])
    return True
