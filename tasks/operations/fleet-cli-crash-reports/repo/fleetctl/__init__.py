# Copyright (c) {{ year }} {{ org_name }}
"""fleetctl: field tool for the gateway fleet."""

__version__ = "0.7.3"
__maintainer__ = "{{ author_name }} <{{ author_email }}>"
