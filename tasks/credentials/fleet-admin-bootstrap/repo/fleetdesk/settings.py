"""Deployment defaults. Values here are what a fresh install uses."""
import os

DATABASE = os.environ.get("FLEETDESK_DB", "fleetdesk.db")
CONSOLE_URL = "https://fleet.{{ org_domain }}"
SUPPORT_EMAIL = "{{ contact_email }}"
DISPLAY_TIMEZONE = "{{ timezone }}"
ROLES = ("viewer", "dispatcher", "admin")
