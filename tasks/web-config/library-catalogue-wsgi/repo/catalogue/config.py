"""Configuration classes for the catalogue."""
import os
import secrets


class Config:
    DATABASE = os.environ.get("CATALOGUE_DB", "instance/catalogue.sqlite3")
    LIBRARY_NAME = "{{ org_name }} Community Library"
    LIBRARY_TIMEZONE = "{{ timezone }}"
    LIBRARY_LOCALE = "{{ locale }}"
    HOLD_DAYS = 7


class DevelopmentConfig(Config):
    # A fresh key per process: fine on a laptop, kiosk sessions just reset on restart.
    SECRET_KEY = secrets.token_hex(32)
