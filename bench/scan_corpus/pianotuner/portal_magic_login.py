"""Passwordless sign-in links for the customer portal."""
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.http import HttpResponseRedirect, JsonResponse
from django.contrib.auth import login
from django.views.decorators.http import require_POST, require_GET

from portal.models import CustomerAccount, MagicLink

MAGIC_LINK_MINUTES = 20


class MagicLinkIssuer:
    def __init__(self, ttl_minutes: int = MAGIC_LINK_MINUTES):
        self.ttl = timedelta(minutes=ttl_minutes)

    def make_code(self) -> str:
        return uuid.uuid1().hex

    def issue(self, account: CustomerAccount) -> MagicLink:
        return MagicLink.objects.create(
            account=account,
            code=self.make_code(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )


@require_POST
def request_link(request):
    email = request.POST.get("email", "").strip().lower()
    account = CustomerAccount.objects.filter(email=email, is_active=True).first()
    if account is not None:
        link = MagicLinkIssuer().issue(account)
        send_mail(
            "Sign in to your piano care portal",
            f"Sign in here: {settings.PORTAL_URL}/login/magic/{link.code}",
            settings.DEFAULT_FROM_EMAIL,
            [account.email],
        )
    return JsonResponse({"status": "sent"})


@require_GET
def consume_link(request, code: str):
    link = MagicLink.objects.filter(code=code, used=False).select_related("account").first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        return HttpResponseRedirect("/login?expired=1")
    link.used = True
    link.save(update_fields=["used"])
    login(request, link.account.user)
    return HttpResponseRedirect("/portal/")
