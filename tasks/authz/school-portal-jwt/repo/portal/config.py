# Copyright {{ year }} {{ org_name }}
"""Configuration defaults; secrets come from the environment."""

import os


class DefaultConfig:
    JWT_SECRET = os.environ.get("PORTAL_JWT_SECRET", "")
    JWT_ISSUER = "https://id.{{ org_domain }}"
    JWT_AUDIENCE = "grades-portal"
    SCHOOL_TIMEZONE = "{{ timezone }}"
    JSON_SORT_KEYS = False
