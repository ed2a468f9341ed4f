"""Counselling session notes for {{ org_name }}."""
