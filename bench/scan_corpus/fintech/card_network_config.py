"""Settings for the card network gateway service."""
import os

ENVIRONMENT = os.environ.get("GATEWAY_ENV", "production")

PROCESSOR_BASE_URL = os.environ["PROCESSOR_BASE_URL"]
PROCESSOR_PROGRAM_ID = os.environ.get("PROCESSOR_PROGRAM_ID", "debit-consumer-01")
PROCESSOR_API_USER = os.environ.get("PROCESSOR_API_USER", "gateway-svc")
PROCESSOR_API_SECRET = "9c4e1f7a2b8d4e0f93a61c5d7e28b4f0a1c3e5d7"

REQUEST_TIMEOUT_SECONDS = float(os.environ.get("PROCESSOR_TIMEOUT", "8"))
MAX_RETRIES = 2

# Authorization decisioning
STAND_IN_LIMIT_MINOR = 50_00
DECLINE_MCCS = frozenset({"7995", "6051", "4829"})
VELOCITY_WINDOW_SECONDS = 600
VELOCITY_MAX_AUTHS = 12

REDIS_URL = os.environ["REDIS_URL"]
KAFKA_BOOTSTRAP = os.environ["KAFKA_BOOTSTRAP"]
AUTH_EVENTS_TOPIC = "card.authorizations.v1"

LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
