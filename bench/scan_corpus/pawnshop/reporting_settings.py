"""Settings for the transaction reporting integration.

Credentials come from the environment (populated from the secrets manager by
the deploy tooling); everything else has sensible defaults.
"""
import os
from dataclasses import dataclass, field

API_KEY_ENV = "REPORTING_API_KEY"


@dataclass(frozen=True)
class ReportingSettings:
    base_url: str = field(default_factory=lambda: os.environ["REPORTING_BASE_URL"])
    api_key: str = field(default_factory=lambda: os.environ[API_KEY_ENV], repr=False)
    api_key_header: str = "X-Api-Key"
    store_code: str = field(default_factory=lambda: os.environ.get("STORE_CODE", ""))
    batch_size: int = 250
    request_timeout: float = 15.0
    retry_attempts: int = 3

    def headers(self) -> dict:
        return {
            self.api_key_header: self.api_key,
            "Accept": "application/json",
        }
