"""Login handling and audit trail for the mason trade portal.

Trade account holders log in to see their price band and place block
orders. Every login attempt is written to the audit log, which the sales
manager reviews when a mason disputes an order placed on their account.
"""

import logging

import bcrypt
from django.contrib.auth import get_user_model, login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("quarryman.audit.login")
User = get_user_model()


def client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


def credentials_match(user, password: str) -> bool:
    stored = user.trade_profile.password_bcrypt.encode()
    return bcrypt.checkpw(password.encode(), stored)


@require_POST
def trade_login(request: HttpRequest) -> HttpResponse:
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = client_ip(request)
    user = User.objects.filter(username__iexact=username, is_active=True).first()
    if user is None or not credentials_match(user, password):
        audit.warning(
            "Trade login failed user=%s ip=%s password_supplied=%s",
            username, ip, bool(password),
        )
        return JsonResponse({"error": "Invalid username or password"}, status=401)
    login(request, user)
    audit.info(
        "Trade login ok user=%s account=%s band=%s ip=%s",
        user.username, user.trade_profile.account_code, user.trade_profile.price_band, ip,
    )
    return JsonResponse({"account": user.trade_profile.account_code})
