"""Configuration for the DCC adaptor OAuth client."""
import os
from dataclasses import dataclass, field

TOKEN_ENDPOINT_PATH = "/oauth2/token"
API_KEY_HEADER = "X-DCC-Api-Key"
GRANT_TYPE = "client_credentials"
PASSWORD_FIELD = "client_secret"
DEFAULT_SCOPES = ("reads:ondemand", "reads:profile", "commands:tariff")


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set")
    return value


@dataclass(frozen=True)
class DccClientConfig:
    base_url: str = field(default_factory=lambda: _env("DCC_ADAPTOR_URL"))
    client_id: str = field(default_factory=lambda: _env("DCC_CLIENT_ID"))
    client_secret: str = field(default_factory=lambda: _env("DCC_CLIENT_SECRET"), repr=False)
    api_key: str = field(default_factory=lambda: _env("DCC_API_KEY"), repr=False)
    ca_bundle: str = field(default_factory=lambda: os.environ.get("DCC_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"))
    scopes: tuple[str, ...] = DEFAULT_SCOPES
    timeout_s: float = 15.0

    @property
    def token_url(self) -> str:
        return self.base_url.rstrip("/") + TOKEN_ENDPOINT_PATH

    def token_request_body(self) -> dict[str, str]:
        return {
            "grant_type": GRANT_TYPE,
            "client_id": self.client_id,
            PASSWORD_FIELD: self.client_secret,
            "scope": " ".join(self.scopes),
        }

    def default_headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.api_key, "Accept": "application/json"}
