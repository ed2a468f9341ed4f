"""Connection settings for the cloud POS vendor's partner API, per environment."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class PosVendorConfig:
    api_base: str
    auth_url: str
    client_id: str
    client_secret: str
    restaurant_group_guid: str
    page_size: int = 100


_ENVIRONMENTS = {
    "sandbox": {
        "api_base": "https://sandbox.api.tabletop-pos.com",
        "auth_url": "https://sandbox.api.tabletop-pos.com/authentication/v1/login",
    },
    "production": {
        "api_base": "https://api.tabletop-pos.com",
        "auth_url": "https://api.tabletop-pos.com/authentication/v1/login",
    },
}

# Integration partner credentials issued to us by the vendor.
PARTNER_CLIENT_ID = "mK3vQ9rT2xLp"
PARTNER_CLIENT_SECRET = "tts_live_4fJ8wZq1Nc7RbX2kLm9Vd3Hy6Pa0Es5T"


def load_config(environment: str | None = None) -> PosVendorConfig:
    env = environment or os.environ.get("POS_VENDOR_ENV", "sandbox")
    urls = _ENVIRONMENTS[env]
    return PosVendorConfig(
        api_base=urls["api_base"],
        auth_url=urls["auth_url"],
        client_id=PARTNER_CLIENT_ID,
        client_secret=PARTNER_CLIENT_SECRET,
        restaurant_group_guid=os.environ["POS_RESTAURANT_GROUP_GUID"],
        page_size=int(os.environ.get("POS_PAGE_SIZE", "100")),
    )
