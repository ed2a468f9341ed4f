"""Runtime settings, read from the environment with sensible defaults."""
import os

DB_PATH = os.environ.get("TRACKING_DB", "tracking.db")
PUBLIC_BASE_URL = os.environ.get("TRACKING_BASE_URL", "https://track.{{ org_domain }}")
PARTNER_SUPPORT = os.environ.get("TRACKING_SUPPORT", "{{ contact_email }}")
# ETAs are stored in UTC and shown to partners in the hub's local time.
HUB_TIMEZONE = os.environ.get("TRACKING_HUB_TZ", "{{ timezone }}")
