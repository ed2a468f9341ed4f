"""Settings for the newsroom API, read once at start-up."""
import os


class Config:
    SECRET_KEY = os.environ.get("NEWSROOM_SECRET_KEY")
    # Where the editor front-end lives; article responses link to it.
    FRONTEND_URL = os.environ.get("NEWSROOM_FRONTEND_URL", "https://editor.{{ org_domain }}")
    NEWSROOM_TIMEZONE = os.environ.get("NEWSROOM_TIMEZONE", "{{ timezone }}")
    NEWSDESK_EMAIL = os.environ.get("NEWSROOM_NEWSDESK_EMAIL", "{{ contact_email }}")
    PERMANENT_SESSION_LIFETIME = 12 * 3600
