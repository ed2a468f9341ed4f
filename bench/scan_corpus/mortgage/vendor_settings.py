"""Settings for third-party vendor integrations used during origination.

Values come from the environment in deployed stacks; the defaults let a
developer run the stack locally against vendor sandboxes.
"""
import os

ENVIRONMENT = os.environ.get("APP_ENV", "local")

# Credit reseller (tri-merge)
CREDIT_VENDOR_URL = os.environ.get("CREDIT_VENDOR_URL", "https://sandbox.creditreseller.example/api")
CREDIT_VENDOR_USER = os.environ.get("CREDIT_VENDOR_USER", "lendco_api")
CREDIT_VENDOR_PASSWORD = os.environ.get("CREDIT_VENDOR_PASSWORD", "Tq7#vLx92!kPa4mZ")
CREDIT_TIMEOUT_S = float(os.environ.get("CREDIT_TIMEOUT_S", "45"))

# Flood certification
FLOOD_CERT_URL = os.environ.get("FLOOD_CERT_URL", "https://sandbox.floodcert.example/v1")
FLOOD_CERT_ACCOUNT = os.environ.get("FLOOD_CERT_ACCOUNT", "")

# Automated valuation model
AVM_URL = os.environ.get("AVM_URL", "https://sandbox.avm.example")
AVM_API_KEY = os.environ.get("AVM_API_KEY", "")
AVM_CONFIDENCE_FLOOR = int(os.environ.get("AVM_CONFIDENCE_FLOOR", "80"))

# Verification of employment
VOE_URL = os.environ.get("VOE_URL", "https://sandbox.voe.example")
VOE_CLIENT_ID = os.environ.get("VOE_CLIENT_ID", "")
VOE_CLIENT_SECRET = os.environ.get("VOE_CLIENT_SECRET", "")

VENDOR_RETRY = {
    "total": 3,
    "backoff_factor": 0.5,
    "status_forcelist": (502, 503, 504),
}
