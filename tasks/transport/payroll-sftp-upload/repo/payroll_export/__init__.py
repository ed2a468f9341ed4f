"""Payroll payment files for {{ org_name }}."""
