"""Defaults for a production checkout; tests and local runs override CONTENT_REPO."""

CONTENT_REPO = "/srv/{{ org_short }}/content"
SITE_NAME = "{{ org_name }} News"
DEFAULT_LOCALE = "{{ locale }}"
TIMEZONE = "{{ timezone }}"
CORRECTIONS_EMAIL = "corrections@{{ org_domain }}"
