"""Issue wristband activation links and deliver them with retry."""
from __future__ import annotations

import logging
import random
import secrets
import time
import uuid
from datetime import datetime, timedelta, timezone

import httpx

from .config import settings
from .models import Activation

log = logging.getLogger(__name__)

ACTIVATION_TTL = timedelta(days=14)
MAX_ATTEMPTS = 4


def new_activation(wristband_id: int, email: str) -> Activation:
    return Activation(
        id=uuid.uuid4(),
        wristband_id=wristband_id,
        email=email,
        token=secrets.token_urlsafe(32),
        expires_at=datetime.now(timezone.utc) + ACTIVATION_TTL,
    )


def deliver(activation: Activation) -> None:
    """Hand the activation email to the mail relay, backing off with jitter."""
    link = f"{settings.PUBLIC_BASE_URL}/activate/{activation.token}"
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            resp = httpx.post(
                settings.MAIL_RELAY_URL,
                json={"template": "wristband-activation", "to": activation.email, "vars": {"link": link}},
                headers={"Authorization": f"Bearer {settings.MAIL_RELAY_TOKEN}"},
                timeout=10.0,
            )
            resp.raise_for_status()
            return
        except httpx.HTTPError as exc:
            if attempt == MAX_ATTEMPTS:
                raise
            delay = (2 ** attempt) + random.uniform(0, 1)
            log.warning("mail relay attempt %d failed (%s); retrying in %.1fs", attempt, exc, delay)
            time.sleep(delay)
