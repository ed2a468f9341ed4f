"""Password reset flow for the dye-house customer portal (Django)."""
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

RESET_WINDOW = timedelta(hours=2)


class ResetTicket(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    token = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)
    used = models.BooleanField(default=False)

    class Meta:
        app_label = "portal"

    @property
    def is_valid(self) -> bool:
        return not self.used and timezone.now() - self.created < RESET_WINDOW


def issue_ticket(user) -> ResetTicket:
    ResetTicket.objects.filter(user=user, used=False).update(used=True)
    return ResetTicket.objects.create(user=user, token=uuid.uuid1().hex)


@require_POST
def request_reset(request):
    email = request.POST.get("email", "").strip()
    User = get_user_model()
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is not None:
        ticket = issue_ticket(user)
        link = f"{settings.PORTAL_URL}/reset/{ticket.token}/"
        send_mail(
            "Reset your portal password",
            f"Follow this link within two hours to choose a new password:\n{link}",
            settings.DEFAULT_FROM_EMAIL,
            [user.email],
        )
    return JsonResponse({"status": "ok"})


@require_POST
def complete_reset(request, token: str):
    ticket = ResetTicket.objects.filter(token=token).select_related("user").first()
    if ticket is None or not ticket.is_valid:
        return JsonResponse({"error": "invalid or expired link"}, status=400)
    new_password = request.POST.get("password", "")
    if len(new_password) < 12:
        return JsonResponse({"error": "password too short"}, status=400)
    ticket.user.set_password(new_password)
    ticket.user.save()
    ticket.used = True
    ticket.save(update_fields=["used"])
    return JsonResponse({"status": "changed"})
