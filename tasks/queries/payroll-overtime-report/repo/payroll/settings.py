"""Defaults for the reporting jobs; the payroll cron passes --db explicitly."""

DATABASE_URL = "sqlite:///payroll.db"
CURRENCY = "{{ currency }}"
TIMEZONE = "{{ timezone }}"
PAYROLL_CONTACT = "{{ contact_email }}"

# Agreed with HR: hours above this per calendar week count as overtime.
OVERTIME_THRESHOLD_HOURS = 40.0
OVERTIME_MULTIPLIER = 1.5
