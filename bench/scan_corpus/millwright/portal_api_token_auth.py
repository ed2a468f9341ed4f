"""Token authentication for the customer portal's public API, used by
larger estates that pull inspection schedules into their own systems."""
import hashlib
import secrets

from django.utils import timezone
from rest_framework import authentication, exceptions

from portal.models import ApiToken

TOKEN_PREFIX_LEN = 8


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class PortalTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Token"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1")
        if not header:
            return None
        scheme, _, raw = header.partition(" ")
        if scheme != self.keyword or not raw:
            return None
        return self._lookup(raw.strip())

    def _lookup(self, raw: str):
        prefix = raw[:TOKEN_PREFIX_LEN]
        token = (
            ApiToken.objects.select_related("account")
            .filter(prefix=prefix, revoked_at__isnull=True)
            .first()
        )
        if token is None or not secrets.compare_digest(_digest(raw), token.digest):
            raise exceptions.AuthenticationFailed("Invalid token")
        if token.account.status == "suspended":
            raise exceptions.AuthenticationFailed("Account suspended")
        if token.expires_at and token.expires_at < timezone.now():
            raise exceptions.AuthenticationFailed("Token expired")
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        return token.account.user, token

    def authenticate_header(self, request):
        return self.keyword
