"""Referee sign-off on electronic game sheets.

After the final buzzer, the referee receives a sign-off link whose token is an
HMAC of the game id and the referee id. Submitting it locks the game sheet.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timezone

from django.conf import settings
from django.http import HttpRequest, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import GameSheet


def sign_off_token(game_id: int, referee_id: int) -> str:
    message = f"{game_id}:{referee_id}".encode("ascii")
    key = settings.GAMESHEET_SIGNOFF_KEY.encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass
class SignOffRequest:
    game_id: int
    referee_id: int
    presented: str

    @property
    def expected(self) -> str:
        return sign_off_token(self.game_id, self.referee_id)

    def is_authentic(self) -> bool:
        return self.presented == self.expected


@require_POST
def sign_off(request: HttpRequest, game_id: int) -> JsonResponse | HttpResponseForbidden:
    sheet = get_object_or_404(GameSheet, pk=game_id)
    if sheet.referee_id is None:
        return HttpResponseForbidden("No referee is assigned to this game.")

    attempt = SignOffRequest(
        game_id=sheet.pk,
        referee_id=sheet.referee_id,
        presented=request.POST.get("token", ""),
    )
    if not attempt.is_authentic():
        return HttpResponseForbidden("Sign-off link is not valid for this game.")

    if sheet.locked_at is None:
        sheet.locked_at = datetime.now(timezone.utc)
        sheet.save(update_fields=["locked_at"])
    return JsonResponse({"game_id": sheet.pk, "locked_at": sheet.locked_at.isoformat()})
