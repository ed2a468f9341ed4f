"""Typed settings for the SCADA journal database, sourced from the process environment."""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine

PASSWORD_ENV_VAR = "SCADA_JOURNAL_DB_PASSWORD"


class JournalDbSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SCADA_JOURNAL_DB_", extra="ignore")

    host: str
    port: int = 5432
    name: str = "scada_journal"
    user: str = "journal_reader"
    password: SecretStr = Field(validation_alias=PASSWORD_ENV_VAR)
    sslrootcert: str = "/etc/pki/gaspipe/db-ca.pem"

    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password.get_secret_value(),
            host=self.host,
            port=self.port,
            database=self.name,
            query={"sslmode": "verify-full", "sslrootcert": self.sslrootcert},
        )


@lru_cache(maxsize=1)
def settings() -> JournalDbSettings:
    return JournalDbSettings()


@lru_cache(maxsize=1)
def engine() -> Engine:
    return create_engine(settings().url(), pool_pre_ping=True, pool_size=5)
