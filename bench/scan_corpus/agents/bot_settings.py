"""Runtime settings for the support chat bot.

Values come from SUPPORTBOT_* environment variables (or a local .env file in
development). Credentials are typed as SecretStr so they are masked in repr().
"""
from functools import lru_cache

from pydantic import Field, HttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

TOKEN_HEADER = "Authorization"
WEBHOOK_SECRET_HEADER = "X-Supportbot-Signature"
PASSWORD_RESET_PATH = "/account/reset-password"


class BotSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SUPPORTBOT_", env_file=".env", extra="ignore")

    discord_token: SecretStr
    openai_api_key: SecretStr
    database_url: SecretStr
    webhook_secret: SecretStr

    openai_model: str = "gpt-4o-mini"
    max_tokens_per_reply: int = Field(800, ge=64, le=4096)
    handoff_url: HttpUrl
    admin_role_name: str = "Bot Admin"
    secret_rotation_days: int = 90


@lru_cache
def get_settings() -> BotSettings:
    return BotSettings()
