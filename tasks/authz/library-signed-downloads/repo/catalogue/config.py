# Copyright {{ year }} {{ org_name }}
import os


class Config:
    PUBLIC_BASE_URL = os.environ.get("CATALOGUE_BASE_URL", "https://collections.{{ org_domain }}")
    FILES_DIR = os.environ.get("CATALOGUE_FILES_DIR", "/srv/collections/scans")
    DOWNLOAD_LINK_SECRET = os.environ.get("CATALOGUE_LINK_SECRET", "")
    DOWNLOAD_LINK_TTL = int(os.environ.get("CATALOGUE_LINK_TTL", "3600"))
    DISPLAY_LOCALE = "{{ locale }}"
