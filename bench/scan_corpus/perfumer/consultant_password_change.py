"""Password change flow for freelance scent consultants."""
import logging

from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import ValidationError, validate_password
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from consultants.notifications import send_password_changed_notice

logger = logging.getLogger("consultants.auth")


def _read_passwords(request: HttpRequest) -> tuple[str, str]:
    return request.POST.get("current_password", ""), request.POST.get("new_password", "")


@require_POST
@login_required
def change_password(request: HttpRequest) -> JsonResponse:
    current_password, new_password = _read_passwords(request)
    user = request.user
    if not user.check_password(current_password):
        logger.info("Password change rejected for consultant %s: current password mismatch", user.pk)
        return JsonResponse({"error": "current password is incorrect"}, status=400)
    try:
        validate_password(new_password, user=user)
    except ValidationError as exc:
        logger.info("Password change rejected for consultant %s: %d policy failures", user.pk, len(exc.messages))
        return JsonResponse({"errors": exc.messages}, status=400)
    user.set_password(new_password)
    user.save(update_fields=["password"])
    update_session_auth_hash(request, user)
    send_password_changed_notice(user)
    logger.info("Consultant %s changed password", user.pk)
    return JsonResponse({"ok": True})
