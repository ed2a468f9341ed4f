"""Back-office login handling with an audit trail.

Office and hire-desk staff log in to the back office. Every attempt is
written to the audit log so the manager can see who was on the till and
spot repeated failures.
"""

import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("coracle.audit")


def _client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


@require_POST
def staff_login(request: HttpRequest) -> HttpResponse:
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = _client_ip(request)
    user = authenticate(request, username=username, password=password)
    if user is None:
        audit.warning(
            "Back-office login failed user=%s ip=%s password_supplied=%s",
            username, ip, bool(password),
        )
        return JsonResponse({"error": "Login failed"}, status=401)
    login(request, user)
    audit.info("Back-office login user=%s ip=%s groups=%s", username, ip,
               ",".join(g.name for g in user.groups.all()))
    return JsonResponse({"ok": True, "name": user.get_full_name()})


def staff_logout_audit(sender, request, user, **kwargs) -> None:
    if user is not None:
        audit.info("Back-office logout user=%s ip=%s", user.get_username(), _client_ip(request))
