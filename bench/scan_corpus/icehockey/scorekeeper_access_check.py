"""Access tokens that let the rink-side scorekeeper tablet edit one game's sheet."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from django.http import HttpRequest, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Game, ScorekeeperAccess

ACCESS_WINDOW = timedelta(hours=4)


@dataclass
class AccessAttempt:
    game: Game
    presented: str

    @property
    def grant(self) -> ScorekeeperAccess | None:
        return ScorekeeperAccess.objects.filter(game=self.game, revoked=False).first()

    def is_valid(self) -> bool:
        grant = self.grant
        if grant is None or grant.expires_at < datetime.now(timezone.utc):
            return False
        return secrets.compare_digest(grant.token, self.presented)


def issue_access(game: Game) -> str:
    token = secrets.token_urlsafe(24)
    ScorekeeperAccess.objects.filter(game=game).update(revoked=True)
    ScorekeeperAccess.objects.create(
        game=game, token=token, expires_at=game.starts_at + ACCESS_WINDOW
    )
    return token


@require_GET
def scorekeeper_session(request: HttpRequest, game_id: int):
    game = get_object_or_404(Game, pk=game_id)
    attempt = AccessAttempt(game=game, presented=request.headers.get("X-Scorekeeper-Token", ""))
    if not attempt.is_valid():
        return HttpResponseForbidden("This tablet is not authorised for the game.")
    return JsonResponse(
        {
            "game_id": game.pk,
            "home": game.home_team.name,
            "away": game.away_team.name,
            "period_length": game.period_minutes,
        }
    )
