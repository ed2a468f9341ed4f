"""Persist the multi-step checkout wizard state between requests."""
from __future__ import annotations

import base64
import pickle
from dataclasses import dataclass, field

from flask import Request, Response

COOKIE_NAME = "checkout_state"


@dataclass
class WizardState:
    step: int = 1
    cart_id: str | None = None
    answers: dict[str, str] = field(default_factory=dict)


def load_state(request: Request) -> WizardState:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return WizardState()
    return pickle.loads(base64.urlsafe_b64decode(raw))


def save_state(response: Response, state: WizardState) -> None:
    payload = base64.urlsafe_b64encode(pickle.dumps(state)).decode()
    response.set_cookie(COOKIE_NAME, payload, secure=True, httponly=True, samesite="Lax")
