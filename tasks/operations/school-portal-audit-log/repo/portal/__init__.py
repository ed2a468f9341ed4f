# Copyright (c) {{ year }} {{ org_name }}
"""Gradebook API for the school portal."""
