"""Payroll ledger for {{ org_name }}."""
