"""Errors a user can fix; the CLI prints them on one line and exits with code 2."""


class SuiteError(Exception):
    """Bad input or an unusable environment, explained in one line."""
