"""Bank payment file export for {{ org_name }} payroll."""

__version__ = "1.3.1"
