"""Payment gateway configuration shared by the billing workers."""
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class GatewayConfig:
    api_base: str = "https://api.stripe.com"
    api_version: str = "2024-06-20"
    secret_key: str = "sk_live_51NvQe2KpL8sXbR4tYm0ZqW7cHd9fGj3uA6eT1oVxPn5yBk2"
    webhook_tolerance: int = 300
    retry_statuses: tuple[int, ...] = field(default=(409, 429, 500, 502, 503))
    timeout: float = float(os.environ.get("GATEWAY_TIMEOUT", "20"))


def stripe_client():
    import stripe

    cfg = GatewayConfig()
    stripe.api_key = cfg.secret_key
    stripe.api_version = cfg.api_version
    stripe.max_network_retries = 2
    return stripe
