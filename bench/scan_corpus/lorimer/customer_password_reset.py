"""Password reset by emailed link for online shop customers."""
import random
import string
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse

RESET_TTL = timedelta(hours=2)
_ALPHABET = string.ascii_letters + string.digits
_rng = random.Random()


class ResetRequest(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    token = models.CharField(max_length=48, unique=True)
    created = models.DateTimeField(auto_now_add=True)
    used = models.BooleanField(default=False)

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.created > RESET_TTL


def new_reset_token(length: int = 40) -> str:
    return "".join(_rng.choice(_ALPHABET) for _ in range(length))


def start_reset(email: str, base_url: str) -> None:
    User = get_user_model()
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        return
    ResetRequest.objects.filter(user=user, used=False).update(used=True)
    req = ResetRequest.objects.create(user=user, token=new_reset_token())
    link = base_url.rstrip("/") + reverse("shop:reset-confirm", args=[req.token])
    send_mail(
        subject="Reset your Lorimer Works password",
        message=f"Hello {user.first_name},\n\nUse this link within two hours:\n{link}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )


def finish_reset(token: str, new_password: str) -> bool:
    req = ResetRequest.objects.filter(token=token, used=False).select_related("user").first()
    if req is None or req.expired:
        return False
    req.user.set_password(new_password)
    req.user.save(update_fields=["password"])
    req.used = True
    req.save(update_fields=["used"])
    return True
