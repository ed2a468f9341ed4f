"""Settings for the point-of-sale integrations that push orders into restaurant kitchens."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class PosVendorConfig:
    name: str
    base_url: str
    client_id: str
    client_secret: str
    order_push_path: str
    timeout_s: float = 10.0


SQUARELINE_CONFIG = PosVendorConfig(
    name="squareline",
    base_url=os.environ.get("SQUARELINE_BASE_URL", "https://api.squareline.example/v1"),
    client_id=os.environ["SQUARELINE_CLIENT_ID"],
    client_secret=os.environ["SQUARELINE_CLIENT_SECRET"],
    order_push_path="/orders",
)

TILLHOUSE_CONFIG = PosVendorConfig(
    name="tillhouse",
    base_url=os.environ.get("TILLHOUSE_BASE_URL", "https://partners.tillhouse.example/api"),
    client_id="fd-prod-dispatch",
    client_secret="thc_live_7Rq2vLx9Pz4KmN8wT3sYb6Hd",
    order_push_path="/kitchen/tickets",
    timeout_s=15.0,
)

VENDORS = {c.name: c for c in (SQUARELINE_CONFIG, TILLHOUSE_CONFIG)}


def vendor_for(restaurant_settings: dict) -> PosVendorConfig:
    key = restaurant_settings.get("pos_vendor", "squareline")
    try:
        return VENDORS[key]
    except KeyError:
        raise ValueError(f"unsupported POS vendor: {key}") from None
