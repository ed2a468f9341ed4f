"""Connection settings for the digital lending platforms.

Credentials are injected by the deployment from the vault; nothing here
should be edited per environment except through environment variables.
"""
import os
from dataclasses import dataclass, field

TOKEN_HEADER = "Authorization"
SIGNATURE_HEADER = "X-Lending-Signature"
PASSWORD_GRANT = "password"
CLIENT_CREDENTIALS_GRANT = "client_credentials"


@dataclass(frozen=True)
class ProviderConfig:
    name: str
    api_base: str
    token_url: str
    grant_type: str = CLIENT_CREDENTIALS_GRANT
    client_id: str = ""
    client_secret: str = field(default="", repr=False)
    timeout: float = 20.0


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required setting {name}")
    return value


def load_providers() -> dict[str, ProviderConfig]:
    return {
        "overdrive": ProviderConfig(
            name="overdrive",
            api_base="https://integration.api.overdrive.com",
            token_url="https://oauth.overdrive.com/token",
            client_id=_env("OVERDRIVE_CLIENT_KEY"),
            client_secret=_env("OVERDRIVE_CLIENT_SECRET"),
        ),
        "cloudlibrary": ProviderConfig(
            name="cloudlibrary",
            api_base="https://partner.yourcloudlibrary.com/cirrus/library",
            token_url="https://partner.yourcloudlibrary.com/oauth/token",
            client_id=_env("CLOUDLIBRARY_LIBRARY_ID"),
            client_secret=_env("CLOUDLIBRARY_ACCOUNT_KEY"),
        ),
    }
