"""Default configuration (upper-case names are loaded into ``app.config``)."""
from datetime import timedelta

DATABASE = "instance/portal.db"
SCHOOL_NAME = "{{ org_name }}"
MAIL_FROM = "portal@{{ org_domain }}"
OFFICE_EMAIL = "{{ contact_email }}"
DEFAULT_LOCALE = "{{ locale }}"
TIMEZONE = "{{ timezone }}"
RESET_CODE_TTL = timedelta(minutes=15)
RESET_MAX_ATTEMPTS = 5
