"""Login handling and security event logging for the wholesale buyer portal."""
import logging

from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from cheesewright.portal.models import LoginEvent

security_log = logging.getLogger("cheesewright.security")


def client_ip(request) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


@require_POST
def buyer_login(request):
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = client_ip(request)
    user = authenticate(request, username=username, password=password)
    if user is None:
        security_log.warning(
            "Wholesale login failed user=%s ip=%s password_supplied=%s",
            username,
            ip,
            bool(password),
        )
        LoginEvent.objects.create(username=username, ip_address=ip, success=False)
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    LoginEvent.objects.create(username=username, ip_address=ip, success=True)
    security_log.info("Wholesale login ok user=%s ip=%s", username, ip)
    return JsonResponse({"ok": True, "account": user.wholesale_account.trading_name})
