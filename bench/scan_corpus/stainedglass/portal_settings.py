"""Runtime settings for the client approval portal and its integrations."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


class MissingSetting(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class DatabaseSettings:
    host: str = field(default_factory=lambda: os.environ.get("PORTAL_DB_HOST", "localhost"))
    name: str = "approval_portal"
    user: str = "portal_app"
    password_env: str = "PORTAL_DB_PASSWORD"

    @property
    def password(self) -> str:
        return _required(self.password_env)

    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}:{self.password}@{self.host}/{self.name}"


@dataclass(frozen=True)
class MailSettings:
    smtp_host: str = field(default_factory=lambda: os.environ.get("SMTP_HOST", "smtp.harrowvane.example"))
    sender: str = "approvals@harrowvane.example"
    api_key: str = field(default_factory=lambda: _required("MAIL_API_KEY"), repr=False)


@dataclass(frozen=True)
class PortalSettings:
    secret_key: str = field(default_factory=lambda: _required("PORTAL_SECRET_KEY"), repr=False)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    mail: MailSettings = field(default_factory=MailSettings)
    session_hours: int = 8


@lru_cache(maxsize=1)
def settings() -> PortalSettings:
    return PortalSettings()


def flask_config() -> dict:
    s = settings()
    return {
        "SECRET_KEY": s.secret_key,
        "SQLALCHEMY_DATABASE_URI": s.database.url(),
        "PERMANENT_SESSION_LIFETIME": s.session_hours * 3600,
        "MAIL_DEFAULT_SENDER": s.mail.sender,
    }
