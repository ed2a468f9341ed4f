"""Back-office login view with an audit trail of sign-in attempts."""
import logging

from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

audit = logging.getLogger("audit.login")


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


@require_http_methods(["GET", "POST"])
def backoffice_login(request):
    if request.method == "GET":
        return render(request, "backoffice/login.html")

    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = _client_ip(request)
    user = authenticate(request, username=username, password=password)

    if user is None:
        audit.warning("failed back-office login for %r from %s", username, ip)
        return render(
            request,
            "backoffice/login.html",
            {"error": "Invalid username or password", "username": username},
            status=401,
        )
    if not user.is_staff:
        audit.warning("non-staff user %r tried back-office login from %s", username, ip)
        return render(request, "backoffice/login.html", {"error": "Not permitted"}, status=403)

    login(request, user)
    audit.info("back-office login for %r from %s", username, ip)
    return redirect("backoffice:dashboard")
