"""Password reset for the flock records web app.

Station managers sometimes lose access during lambing when they log in from
a different phone; this issues an emailed reset link.
"""
import hashlib
import time
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.mail import send_mail
from django.db import models, transaction
from django.utils.crypto import constant_time_compare

RESET_WINDOW = timedelta(minutes=30)


class ResetRequest(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    token = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used = models.BooleanField(default=False)

    class Meta:
        app_label = "flockrecords"


def _reset_token_for(email: str) -> str:
    stamp = f"{email}:{time.time()}"
    return hashlib.sha256(stamp.encode()).hexdigest()


def start_reset(email: str) -> None:
    User = get_user_model()
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        return
    req = ResetRequest.objects.create(user=user, token=_reset_token_for(user.email))
    link = f"{settings.SITE_URL}/account/reset/{req.token}/"
    send_mail(
        subject="Flock records password reset",
        message=f"Use this link within 30 minutes to set a new password:\n{link}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )


@transaction.atomic
def finish_reset(token: str, new_password: str) -> bool:
    cutoff = datetime.now(timezone.utc) - RESET_WINDOW
    req = (
        ResetRequest.objects.select_for_update()
        .filter(token=token, used=False, created_at__gte=cutoff)
        .first()
    )
    if req is None or not constant_time_compare(req.token, token):
        return False
    req.used = True
    req.save(update_fields=["used"])
    req.user.password = make_password(new_password)
    req.user.save(update_fields=["password"])
    return True
