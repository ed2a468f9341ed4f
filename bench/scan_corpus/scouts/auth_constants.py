"""Shared names and limits for authentication across the scouts services."""

import os

# Header and environment variable names.
API_KEY_HEADER = "X-Scouts-Api-Key"
API_KEY_ENV_VAR = "SCOUTS_API_KEY"
SESSION_SECRET_ENV_VAR = "PORTAL_SESSION_SECRET"
PASSWORD_FIELD = "password"
TOKEN_TYPE_BEARER = "Bearer"

PASSWORD_MIN_LENGTH = 12
PASSWORD_MAX_LENGTH = 128
SECRET_ROTATION_DAYS = 90
MAX_FAILED_LOGINS = 5


class MissingSecret(RuntimeError):
    pass


def read_secret(env_var: str) -> str:
    value = os.environ.get(env_var)
    if not value:
        raise MissingSecret(f"{env_var} is not set")
    return value


def service_api_key() -> str:
    return read_secret(API_KEY_ENV_VAR)


def auth_header_for(token: str) -> dict[str, str]:
    return {"Authorization": f"{TOKEN_TYPE_BEARER} {token}"}
