"""Password change flow for signed-in surveyors."""
import logging

from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import ValidationError, validate_password
from django.shortcuts import redirect, render

log = logging.getLogger("cartographer.accounts")


def _change_password(user, current_password: str, new_password: str) -> list:
    if not user.check_password(current_password):
        return ["Your current password was entered incorrectly."]
    try:
        validate_password(new_password, user)
    except ValidationError as exc:
        return list(exc.messages)
    user.set_password(new_password)
    user.save(update_fields=["password"])
    return []


@login_required
def change_password(request):
    if request.method != "POST":
        return render(request, "accounts/change_password.html")
    current_password = request.POST.get("current_password", "")
    new_password = request.POST.get("new_password", "")
    errors = _change_password(request.user, current_password, new_password)
    if errors:
        log.info("password change rejected for user=%s ip=%s reasons=%d",
                 request.user.username, request.META.get("REMOTE_ADDR"), len(errors))
        return render(request, "accounts/change_password.html", {"errors": errors}, status=400)
    update_session_auth_hash(request, request.user)
    log.info("password changed for user=%s", request.user.username)
    return redirect("accounts:profile")
