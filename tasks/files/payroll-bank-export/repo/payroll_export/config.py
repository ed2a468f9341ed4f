"""Export settings. The payroll host overrides them through environment variables."""
import os

EXPORT_DIR = os.environ.get("PAYROLL_EXPORT_DIR", "/srv/payroll/exports")
EMPLOYER_NAME = os.environ.get("PAYROLL_EMPLOYER_NAME", "{{ org_name }}")
EMPLOYER_COUNTRY = os.environ.get("PAYROLL_EMPLOYER_COUNTRY", "{{ org_country_code }}")
CURRENCY = os.environ.get("PAYROLL_CURRENCY", "{{ currency }}")
