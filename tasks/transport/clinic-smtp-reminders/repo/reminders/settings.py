# Copyright {{ year }} {{ org_name }}. All rights reserved.
"""Mail settings, read from config/mail.toml plus the environment."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "config" / "mail.toml"


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    username: str | None
    password: str | None
    timeout: float
    sender: str
    reply_to: str
    timezone: str
    clinic_phone: str


def load_settings(path: Path = DEFAULT_CONFIG) -> MailSettings:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    smtp, message, clinic = data["smtp"], data["message"], data["clinic"]
    return MailSettings(
        host=smtp["host"],
        port=int(smtp.get("port", 587)),
        username=smtp.get("username") or None,
        password=os.environ.get("REMINDERS_SMTP_PASSWORD"),
        timeout=float(smtp.get("timeout", 20)),
        sender=message["sender"],
        reply_to=message["reply_to"],
        timezone=clinic["timezone"],
        clinic_phone=clinic["phone"],
    )
