"""Authentication audit events for the back-office staff portal."""

import logging

from django.contrib.auth.signals import (
    user_logged_in,
    user_logged_out,
    user_login_failed,
)
from django.dispatch import receiver

from staff.models import LoginEvent

security_log = logging.getLogger("stonecarver.security")


def _client_ip(request) -> str:
    if request is None:
        return "-"
    return request.META.get("REMOTE_ADDR", "-")


@receiver(user_logged_in)
def on_login(sender, request, user, **kwargs):
    LoginEvent.objects.create(user=user, ip=_client_ip(request), outcome="success")
    security_log.info("staff login user=%s ip=%s", user.get_username(), _client_ip(request))


@receiver(user_login_failed)
def on_login_failed(sender, credentials, request=None, **kwargs):
    username = credentials.get("username", "<unknown>")
    password_supplied = bool(credentials.get("password"))
    LoginEvent.objects.create(username=username, ip=_client_ip(request), outcome="failed")
    security_log.warning(
        "staff login failed user=%s ip=%s password_supplied=%s",
        username,
        _client_ip(request),
        password_supplied,
    )


@receiver(user_logged_out)
def on_logout(sender, request, user, **kwargs):
    if user is not None:
        security_log.info("staff logout user=%s", user.get_username())
