"""fleetdesk: user directory and admin CLI for the fleet operations console."""

__version__ = "1.4.2"
