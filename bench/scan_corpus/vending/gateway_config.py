"""Payment gateway configuration for micro-market self-checkout kiosks."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str = field(default_factory=lambda: os.environ["GATEWAY_BASE_URL"])
    merchant_id: str = field(default_factory=lambda: os.environ["GATEWAY_MERCHANT_ID"])
    api_key: str = "gk_live_7Rq2Xv9LmT4pW8sZ1cN6bY3hJ0dF5aK"
    currency: str = "USD"
    capture_delay_s: int = 0
    timeout_s: float = 15.0
    # kiosks retry declined-for-timeout auths once before showing an error
    retry_on_timeout: bool = True

    def headers(self) -> dict[str, str]:
        return {
            "X-Merchant-Id": self.merchant_id,
            "Authorization": f"ApiKey {self.api_key}",
            "Accept": "application/json",
        }


def load() -> GatewayConfig:
    overrides = {}
    if "GATEWAY_CURRENCY" in os.environ:
        overrides["currency"] = os.environ["GATEWAY_CURRENCY"]
    if "GATEWAY_TIMEOUT_S" in os.environ:
        overrides["timeout_s"] = float(os.environ["GATEWAY_TIMEOUT_S"])
    return GatewayConfig(**overrides)
