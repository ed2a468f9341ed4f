"""Typed settings loaded from environment variables.

Values are written as Python literals so lists and dicts can be expressed, e.g.
    APP_ALLOWED_HOSTS="['api.example.com', 'admin.example.com']"
    APP_RATE_LIMITS="{'login': 5, 'search': 60}"
"""
import ast
import os
from dataclasses import dataclass, field

PREFIX = "APP_"


def _literal(name: str, default):
    raw = os.environ.get(PREFIX + name)
    if raw is None:
        return default
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        # plain strings don't need quoting
        return raw


@dataclass(frozen=True)
class Settings:
    allowed_hosts: list = field(default_factory=lambda: _literal("ALLOWED_HOSTS", ["localhost"]))
    rate_limits: dict = field(default_factory=lambda: _literal("RATE_LIMITS", {"login": 5}))
    page_size: int = field(default_factory=lambda: int(_literal("PAGE_SIZE", 25)))
    maintenance: bool = field(default_factory=lambda: bool(_literal("MAINTENANCE", False)))


settings = Settings()
