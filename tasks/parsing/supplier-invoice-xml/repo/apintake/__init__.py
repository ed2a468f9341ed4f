"""Accounts-payable intake. Copyright (c) {{ year }} {{ org_name }}."""
