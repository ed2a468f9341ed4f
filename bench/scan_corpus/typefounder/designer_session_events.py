"""Audit events for designer password changes and sign-in failures."""

import structlog
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from accounts.forms import DesignerPasswordChangeForm
from accounts.signals import designer_login_failed

log = structlog.get_logger("accounts.audit")


def client_ip(request) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


def on_login_failed(sender, credentials, request, **kwargs):
    log.warning(
        "designer.password_rejected",
        email=credentials.get("email"),
        ip=client_ip(request) if request else None,
    )


designer_login_failed.connect(on_login_failed)


@login_required
@require_POST
def change_password(request):
    form = DesignerPasswordChangeForm(user=request.user, data=request.POST)
    if not form.is_valid():
        log.info("designer.password_change_invalid", user_id=request.user.pk, errors=list(form.errors))
        return JsonResponse({"errors": form.errors}, status=400)
    user = form.save()
    update_session_auth_hash(request, user)
    log.info("designer.password_changed", user_id=user.pk, ip=client_ip(request))
    return JsonResponse({"ok": True})
