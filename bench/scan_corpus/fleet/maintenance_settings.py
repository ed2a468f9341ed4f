"""Settings for the maintenance work order service."""
from __future__ import annotations

import os
from pathlib import Path


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"environment variable {name} must be set")
    return value


BASE_DIR = Path(__file__).resolve().parent
ENVIRONMENT = os.environ.get("FLEET_ENV", "production")

DATABASE_URL = _require("MAINT_DATABASE_URL")
SECRET_KEY = _require("MAINT_SECRET_KEY")

# parts supplier API
PARTS_API_URL = _require("PARTS_API_URL")
PARTS_API_KEY = _require("PARTS_API_KEY")
PARTS_API_KEY_HEADER = "X-Api-Key"

# shop portal accounts
PASSWORD_MIN_LENGTH = 12
PASSWORD_RESET_TOKEN_TTL = 3600
SESSION_TOKEN_ENV = "MAINT_SESSION_TOKEN_SECRET"

ATTACHMENT_ROOT = Path(os.environ.get("ATTACHMENT_ROOT", BASE_DIR / "var" / "attachments"))
MAX_ATTACHMENT_MB = 25

PM_DUE_SOON_MILES = 1_500
PM_DUE_SOON_DAYS = 14
DVIR_DEFECT_AUTO_WORK_ORDER = True
