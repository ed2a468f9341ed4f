"""Payment gateway settings for self-checkout kiosks, read from the environment."""

from pydantic import HttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class GatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", env_file=".env", extra="ignore")

    base_url: HttpUrl
    merchant_id: str
    api_key: SecretStr
    currency: str = "USD"
    capture_delay_s: int = 0
    timeout_s: float = 15.0
    # kiosks retry declined-for-timeout auths once before showing an error
    retry_on_timeout: bool = True

    def headers(self) -> dict[str, str]:
        return {
            "X-Merchant-Id": self.merchant_id,
            "Authorization": f"ApiKey {self.api_key.get_secret_value()}",
            "Accept": "application/json",
        }


def load() -> GatewaySettings:
    return GatewaySettings()
