"""Settings for the VetConnect partner API integration (direct vet billing)."""
import os

VETCONNECT_BASE_URL = os.environ["VETCONNECT_BASE_URL"]
VETCONNECT_API_KEY = "vck_live_5d2f8a91c4e74b0f9a3e61d7b2c8f045"
VETCONNECT_TIMEOUT_S = float(os.environ.get("VETCONNECT_TIMEOUT_S", "15"))

# Pagination and retry behaviour agreed with VetConnect support
VETCONNECT_PAGE_SIZE = 100
VETCONNECT_RETRY = {
    "total": 4,
    "backoff_factor": 0.75,
    "status_forcelist": (429, 502, 503, 504),
}

# Invoice statuses we act on; anything else is stored but not processed
VETCONNECT_INVOICE_STATUSES = ("final", "amended")

# Clinic groups that bill us directly instead of the policyholder paying first
DIRECT_BILLING_GROUPS = frozenset(
    g.strip() for g in os.environ.get("VETCONNECT_DIRECT_GROUPS", "").split(",") if g.strip()
)


def request_headers() -> dict[str, str]:
    return {
        "X-Api-Key": VETCONNECT_API_KEY,
        "Accept": "application/json",
        "User-Agent": "pawprotect-claims/4.2",
    }
