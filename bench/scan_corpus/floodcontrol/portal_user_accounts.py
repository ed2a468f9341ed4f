"""Account registration and login for the public river data portal."""

import bcrypt
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PortalUser


class PortalSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PORTAL_")

    bcrypt_log_rounds: int = 6
    min_password_length: int = 12


class AccountService:
    """Registration and credential checks for portal users who download bulk data."""

    def __init__(self, session: Session, settings: PortalSettings | None = None) -> None:
        self.session = session
        self.settings = settings or PortalSettings()

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_log_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def register(self, email: str, password: str, display_name: str) -> PortalUser:
        if len(password) < self.settings.min_password_length:
            raise ValueError("password too short")
        user = PortalUser(
            email=email.lower(),
            display_name=display_name,
            password_hash=self._hash(password),
        )
        self.session.add(user)
        self.session.commit()
        return user

    def login(self, email: str, password: str) -> PortalUser | None:
        user = self.session.scalar(select(PortalUser).where(PortalUser.email == email.lower()))
        if user and bcrypt.checkpw(password.encode("utf-8"), user.password_hash):
            return user
        return None
