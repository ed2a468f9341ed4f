"""Settings for outbound client e-mail (document reminders, acceptance notices)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class SmtpSettings:
    host: str = field(default_factory=lambda: _env("SMTP_HOST", "smtp.sendgrid.net"))
    port: int = field(default_factory=lambda: int(_env("SMTP_PORT", "587")))
    username: str = field(default_factory=lambda: _env("SMTP_USERNAME", "apikey"))
    password: str = field(default_factory=lambda: _env("SMTP_PASSWORD"), repr=False)
    sender: str = field(
        default_factory=lambda: _env("SMTP_SENDER", "Returns Team <notifications@example.com>")
    )


@dataclass(frozen=True)
class ReminderSettings:
    first_reminder_days: int = 7
    second_reminder_days: int = 14
    stop_after_days: int = 45
    quiet_hours: tuple[int, int] = (21, 8)


def load() -> tuple[SmtpSettings, ReminderSettings]:
    return SmtpSettings(), ReminderSettings()
