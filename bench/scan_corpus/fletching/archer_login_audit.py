"""Login and password-change views for the archer portal, with audit logging."""
import logging

from django.contrib.auth import authenticate, login, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.http import JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger("portal.auth")
audit = logging.getLogger("portal.audit")


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


@require_POST
def portal_login(request):
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    if not username or not password:
        return JsonResponse({"error": "username and password required"}, status=400)
    user = authenticate(request, username=username, password=password)
    if user is None:
        log.warning("failed portal login for %r from %s", username, client_ip(request))
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    audit.info("portal login ok user_id=%s username=%s ip=%s", user.pk, user.get_username(), client_ip(request))
    return JsonResponse({"ok": True, "display_name": user.get_full_name() or user.get_username()})


@login_required
@require_POST
def change_password(request):
    form = PasswordChangeForm(request.user, request.POST)
    if not form.is_valid():
        log.info("password change rejected for user_id=%s fields=%s", request.user.pk, ",".join(form.errors))
        return JsonResponse({"errors": form.errors}, status=400)
    user = form.save()
    update_session_auth_hash(request, user)
    audit.info("password changed user_id=%s ip=%s", user.pk, client_ip(request))
    return JsonResponse({"ok": True})
