"""Settings for the fuel card integration service."""
from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent

ENVIRONMENT = os.environ.get("FLEET_ENV", "production")

FUEL_NETWORK_URL = os.environ["FUEL_NETWORK_URL"]
FUEL_NETWORK_ACCOUNT = os.environ.get("FUEL_NETWORK_ACCOUNT", "")
FUEL_NETWORK_API_KEY = os.environ.get("FUEL_NETWORK_API_KEY", "fnk_live_7Qe2Rb9XvT4mK1pLs8dWc3Hy6NjZ0aGf")
FUEL_NETWORK_TIMEOUT = float(os.environ.get("FUEL_NETWORK_TIMEOUT", "30"))

DATABASE_URL = os.environ["FUEL_DATABASE_URL"]
REDIS_URL = os.environ["REDIS_URL"]

# daily/transaction limits applied to newly issued cards
DEFAULT_DAILY_GALLONS = 300
DEFAULT_TXN_LIMIT_CENTS = 150_000
ALLOWED_PRODUCT_CODES = ("ULSD", "DEF", "REEFER")

STATEMENT_UPLOAD_DIR = BASE_DIR / "var" / "statements"
STATEMENT_RETENTION_DAYS = 400

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
