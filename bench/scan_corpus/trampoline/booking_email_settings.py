"""Settings and client for transactional booking-confirmation emails."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import httpx

AUTH_HEADER = "Authorization"
API_KEY_ENV = "MAILER_API_KEY"
DEFAULT_TEMPLATE_IDS = {
    "booking_confirmed": "d-booking-confirmed-v3",
    "party_confirmed": "d-party-confirmed-v2",
    "waiver_reminder": "d-waiver-reminder-v1",
}


def _require_env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set")
    return value


@dataclass(frozen=True)
class MailerSettings:
    api_base: str = field(default_factory=lambda: _require_env("MAILER_API_BASE"))
    api_key: str = field(default_factory=lambda: _require_env(API_KEY_ENV), repr=False)
    from_address: str = "bookings@jumpzone.example"
    templates: dict = field(default_factory=lambda: dict(DEFAULT_TEMPLATE_IDS))


class BookingMailer:
    def __init__(self, settings: MailerSettings | None = None) -> None:
        self.settings = settings or MailerSettings()
        self._http = httpx.Client(
            base_url=self.settings.api_base,
            headers={AUTH_HEADER: f"Bearer {self.settings.api_key}"},
            timeout=10.0,
        )

    def send(self, kind: str, to: str, data: dict) -> str:
        resp = self._http.post(
            "/v3/mail/send",
            json={
                "from": {"email": self.settings.from_address},
                "personalizations": [{"to": [{"email": to}], "dynamic_template_data": data}],
                "template_id": self.settings.templates[kind],
            },
        )
        resp.raise_for_status()
        return resp.headers.get("X-Message-Id", "")
