"""Login endpoint of the distributor portal with an audit trail.

Every login attempt is written to the security audit log so that
account sharing between distributor staff can be detected.
"""
import logging
from datetime import datetime, timezone

from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("portal.audit")


def client_ip(request) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


def record_attempt(username: str, ip: str, ok: bool, reason: str = "") -> None:
    audit.info(
        "login %s user=%s ip=%s at=%s%s",
        "success" if ok else "failure",
        username,
        ip,
        datetime.now(timezone.utc).isoformat(timespec="seconds"),
        f" reason={reason}" if reason else "",
    )


@require_POST
def portal_login(request):
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = client_ip(request)
    if not username or not password:
        record_attempt(username or "<empty>", ip, False, "missing credentials")
        return JsonResponse({"error": "username and password are required"}, status=400)
    user = authenticate(request, username=username, password=password)
    if user is None:
        record_attempt(username, ip, False, "wrong credentials")
        return JsonResponse({"error": "invalid login"}, status=401)
    if not user.groups.filter(name="distributors").exists():
        record_attempt(username, ip, False, "not a distributor account")
        return JsonResponse({"error": "invalid login"}, status=401)
    login(request, user)
    record_attempt(username, ip, True)
    return JsonResponse({"status": "ok", "company": user.profile.company_name})
