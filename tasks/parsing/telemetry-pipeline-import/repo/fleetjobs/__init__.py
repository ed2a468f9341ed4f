"""Telemetry pipeline scheduler for the {{ org_name }} device fleet.

Copyright (c) {{ year }} {{ org_name }}.
"""
