"""Authentication audit trail for the staff and donor portals."""
import logging

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

audit = logging.getLogger("audit.auth")


def _client_ip(request) -> str | None:
    if request is None:
        return None
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    if forwarded:
        return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR")


@receiver(user_logged_in)
def log_login(sender, request, user, **kwargs):
    audit.info("login ok user_id=%s ip=%s", user.pk, _client_ip(request))


@receiver(user_login_failed)
def log_failed_login(sender, credentials, request=None, **kwargs):
    # Django already replaces the password in `credentials` with asterisks,
    # but we only record the username anyway.
    username = credentials.get("username") or credentials.get("email")
    audit.warning(
        "login failed (bad password or unknown user) username=%r ip=%s",
        username, _client_ip(request),
    )
