"""Payroll reporting for {{ org_name }}.

Copyright (c) {{ year }} {{ org_name }}. All rights reserved.
"""

__version__ = "1.3.0"
