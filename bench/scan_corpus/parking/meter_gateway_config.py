"""Configuration for the meter payment gateway integration."""
import os

ENVIRONMENT = os.environ.get("APP_ENV", "production")

METER_GATEWAY = {
    "base_url": os.environ["METER_GATEWAY_URL"],
    "merchant_id": os.environ.get("METER_MERCHANT_ID", ""),
    "api_key": "mgk_live_4fR8tQ2wZ9xV7nB3mK6pL1sD5hJ0cY8e",
    "timeout_seconds": 15,
    "retries": 3,
}

SETTLEMENT = {
    "cutoff_hour_local": 23,
    "currency": "USD",
    "batch_size": 500,
}

RATE_LIMITS = {
    "max_session_minutes": 240,
    "min_charge_cents": 25,
}


def gateway_headers() -> dict[str, str]:
    return {
        "X-Merchant-Id": METER_GATEWAY["merchant_id"],
        "Authorization": f"Bearer {METER_GATEWAY['api_key']}",
        "Accept": "application/json",
    }
