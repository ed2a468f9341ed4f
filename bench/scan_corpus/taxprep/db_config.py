"""Database configuration for the returns service."""
import os

from sqlalchemy import create_engine
from sqlalchemy.engine import URL

PASSWORD_ENV_VAR = "RETURNS_DB_PASSWORD"
DEFAULT_DB_USER = "returns_app"
PASSWORD_RESET_PATH = "/account/password/reset"
TOKEN_ENDPOINT = "/oauth2/token"


def database_url() -> URL:
    return URL.create(
        "postgresql+psycopg2",
        username=os.environ.get("RETURNS_DB_USER", DEFAULT_DB_USER),
        password=os.environ[PASSWORD_ENV_VAR],
        host=os.environ.get("RETURNS_DB_HOST", "localhost"),
        port=int(os.environ.get("RETURNS_DB_PORT", "5432")),
        database=os.environ.get("RETURNS_DB_NAME", "returns"),
        query={"sslmode": "require"},
    )


def make_engine(**overrides):
    options = {"pool_size": 10, "max_overflow": 5, "pool_pre_ping": True}
    options.update(overrides)
    return create_engine(database_url(), **options)
