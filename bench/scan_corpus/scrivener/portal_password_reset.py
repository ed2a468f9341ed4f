"""Password reset codes for the client portal."""
import hmac
import random
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.utils import timezone


class ResetCode(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    code = models.CharField(max_length=8)
    created = models.DateTimeField(auto_now_add=True)
    used = models.BooleanField(default=False)

    class Meta:
        app_label = "portal"
        indexes = [models.Index(fields=["user", "used"])]


class ResetCodeIssuer:
    validity = timedelta(minutes=30)

    def __init__(self, rng: random.Random | None = None):
        self._rng = rng or random.Random()

    def _code(self) -> str:
        return f"{self._rng.randrange(10**8):08d}"

    @transaction.atomic
    def issue(self, user) -> ResetCode:
        ResetCode.objects.filter(user=user, used=False).update(used=True)
        reset = ResetCode.objects.create(user=user, code=self._code())
        send_mail(
            subject="Your portal password reset code",
            message=(
                f"Hello {user.get_full_name() or user.username},\n\n"
                f"Your reset code is {reset.code}. It is valid for 30 minutes."
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[user.email],
        )
        return reset

    @transaction.atomic
    def redeem(self, user, submitted: str, new_password: str) -> bool:
        cutoff = timezone.now() - self.validity
        reset = (
            ResetCode.objects.select_for_update()
            .filter(user=user, used=False, created__gte=cutoff)
            .order_by("-created")
            .first()
        )
        if reset is None or not hmac.compare_digest(reset.code, submitted.strip()):
            return False
        reset.used = True
        reset.save(update_fields=["used"])
        user.set_password(new_password)
        user.save(update_fields=["password"])
        return True
