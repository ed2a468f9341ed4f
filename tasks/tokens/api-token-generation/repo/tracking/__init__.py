"""Shipment tracking API for {{ org_name }} carrier partners."""
