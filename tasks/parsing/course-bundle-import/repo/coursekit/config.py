"""Defaults for the portal deployment."""

MATERIALS_ROOT = "/var/lib/{{ org_short }}/materials"
MAX_CONTENT_LENGTH = 200 * 1024 * 1024  # bundles from the old portal reach ~150 MB
SCHOOL_NAME = "{{ org_name }}"
SCHOOL_TIMEZONE = "{{ timezone }}"
SCHOOL_LOCALE = "{{ locale }}"
SUPPORT_EMAIL = "{{ contact_email }}"
