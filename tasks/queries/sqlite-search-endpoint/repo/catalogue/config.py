"""Default settings; override per environment through create_app()."""

DATABASE = "catalogue.sqlite3"
LIBRARY_NAME = "{{ org_city }} Public Library"
CONTACT_EMAIL = "{{ contact_email }}"
TIMEZONE = "{{ timezone }}"
PAGE_SIZE = 20
